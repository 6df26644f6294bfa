package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import org.junit.jupiter.api.Test;

/** scikit-learn 1.0.1's KMeans as cardinal and LoGo run it, on hand-made sets. */
public class SklearnKMeansTest {

    private final Kernels kernels = KernelsRegistry.create("java");

    /**
     * Twelve integer points; the best 3-partition is {(1,7), (2,6), (1,8), (1,5)} (SS 0.75 + 5 = 5.75), {(4,8), (6,7),
     * (7,7), (8,9)} (8.75 + 2.75 = 11.5), {(6,0), (4,3), (3,1), (6,1)} (6.75 + 4.75 = 11.5): inertia 28.75. A single
     * greedy k-means++ run can settle in a local optimum of 29.7667 instead.
     */
    public static final float[][] POINTS = {{1, 7}, {6, 0}, {2, 6}, {1, 8}, {4, 8}, {6, 7}, {4, 3}, {7, 7}, {3, 1},
        {1, 5}, {8, 9}, {6, 1}};
    static final int[][] BEST = {{0, 2, 3, 9}, {4, 5, 7, 10}, {1, 6, 8, 11}};

    @Test
    void tenRunsFindTheBestPartitionWhereOneRunCanStopInALocalOptimum() {
        Embeddings x = embeddings(POINTS);
        int improved = 0;
        for (long seed = 0; seed < 30; seed++) {
            SklearnKMeans.Clustering ten = new SklearnKMeans(kernels).fit(x, 3, seed);
            SklearnKMeans.Clustering one = new SklearnKMeans(kernels, 1, SklearnKMeans.MAX_ITERATIONS).fit(x, 3, seed);
            assertThat(ten.inertia()).as("seed " + seed).isCloseTo(28.75, within(1e-4));
            assertThat(isBest(ten.labels())).as("seed " + seed).isTrue();
            // the first of the ten runs is the single run (one stream), so ten runs are never worse
            assertThat(one.inertia()).as("seed " + seed).isGreaterThanOrEqualTo(ten.inertia() - 1e-9);
            improved += one.inertia() > ten.inertia() + 0.5 ? 1 : 0;
        }
        assertThat(improved).isPositive();
        assertThat(new SklearnKMeans(kernels, 1, SklearnKMeans.MAX_ITERATIONS).fit(x, 3, 0).inertia()).isCloseTo(29.7667, within(1e-3));
    }

    @Test
    void anEmptyClusterTakesThePointFarthestFromItsCentre() {
        // 1-D points 0, 0, 0, 10, 11 from centres 0, 0, 10: the second centre loses every tie and is empty; it takes
        // 11 (distance 1 from centre 10, the farthest), leaving 10 alone: centres 0, 11, 10
        Embeddings x = new Embeddings(5, 1, new float[] {0, 0, 0, 10, 11});
        float[] centres = {0, 0, 10};
        assertThat(SklearnKMeans.means(x, new int[] {0, 0, 0, 2, 2}, centres, 3)).containsExactly(0f, 11f, 10f);
        SklearnKMeans.Clustering run = new SklearnKMeans(kernels).lloyd(x, centres, 0);
        assertThat(run.labels()).containsExactly(0, 0, 0, 2, 1);
        assertThat(run.inertia()).isZero();
    }

    @Test
    void theToleranceIsScaledByTheMeanVariance() {
        // var of x (0, 2, 4) = 8/3, of y (1, 1, 1) = 0: mean 4/3
        assertThat(SklearnKMeans.meanVariance(new Embeddings(3, 2, new float[] {0, 1, 2, 1, 4, 1})))
                .isCloseTo(4.0 / 3, within(1e-12));
    }

    @Test
    void centresComeBackInThePointsOwnCoordinates() {
        SklearnKMeans.Clustering best = new SklearnKMeans(kernels).fit(embeddings(POINTS), 3, 0);
        float[] centres = best.centres();
        for (int[] group : BEST) {
            int label = best.labels()[group[0]];
            for (int d = 0; d < 2; d++) {
                double mean = 0;
                for (int member : group) {
                    mean += POINTS[member][d] / group.length;
                }
                assertThat((double) centres[label * 2 + d]).isCloseTo(mean, within(1e-5));
            }
        }
    }

    /** Whether {@code labels} is the best 3-partition of {@link #POINTS}. */
    public static boolean isBest(int[] labels) {
        for (int[] group : BEST) {
            for (int member : group) {
                if (labels[member] != labels[group[0]]) {
                    return false;
                }
            }
        }
        return labels[BEST[0][0]] != labels[BEST[1][0]] && labels[BEST[1][0]] != labels[BEST[2][0]]
                && labels[BEST[0][0]] != labels[BEST[2][0]];
    }

    public static Embeddings embeddings(float[][] rows) {
        float[] values = new float[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
            values[2 * i] = rows[i][0];
            values[2 * i + 1] = rows[i][1];
        }
        return new Embeddings(rows.length, 2, values);
    }
}
