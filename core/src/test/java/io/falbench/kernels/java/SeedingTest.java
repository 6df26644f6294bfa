package io.falbench.kernels.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.fixtures.MaterialisedGradients;
import io.falbench.kernels.fixtures.SyntheticInputs;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedingTest {

    private final SyntheticInputs inputs = new SyntheticInputs(300, 6, 20, 21);
    private final GradientEmbeddings g = inputs.gradients();
    private final Kernels java = new JavaKernels();

    @Test
    void badgeSeedingSelectsWhatAMaterialisedKMeansPlusPlusSelectsUnderTheSameStream() {
        int[] selected = java.kMeansPlusPlus(g, 25, 99);
        assertThat(selected).containsExactly(materialisedKMeansPlusPlus(new MaterialisedGradients(g), 25, 99));
    }

    @Test
    void theFirstBadgeCentreIsThePointWithTheLargestGradientNorm() {
        float[] norms = g.squaredNorms();
        int largest = Seeding.argMax(norms);
        assertThat(java.kMeansPlusPlus(g, 5, 1)[0]).isEqualTo(largest);
        assertThat(java.kMeansPlusPlus(g, 5, 2)[0]).isEqualTo(largest);
    }

    @Test
    void selectionsAreDistinctRepeatableAndChangeWithTheSeed() {
        int[] first = java.kMeansPlusPlus(inputs.features(), 40, 7);
        assertThat(first).doesNotHaveDuplicates();
        assertThat(java.kMeansPlusPlus(inputs.features(), 40, 7)).containsExactly(first);
        assertThat(java.kMeansPlusPlus(inputs.features(), 40, 8)).isNotEqualTo(first);
    }

    @Test
    void kCenterPicksTheFarthestPointFromAnchorsAndChosenEachTime() {
        GradientEmbeddings anchors = new SyntheticInputs(10, 6, 20, 22).labelledGradients();
        int[] selected = java.kCenterGreedy(g, anchors, 15, -1);
        MaterialisedGradients points = new MaterialisedGradients(g);
        MaterialisedGradients anchorRows = new MaterialisedGradients(anchors);
        double[] nearest = new double[g.size()];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int a = 0; a < anchors.size(); a++) {
            for (int i = 0; i < g.size(); i++) {
                nearest[i] = Math.min(nearest[i], MaterialisedGradients.squaredDistance(points, i, anchorRows, a));
            }
        }
        for (int pick : selected) {
            int farthest = 0;
            for (int i = 1; i < nearest.length; i++) {
                if (nearest[i] > nearest[farthest]) {
                    farthest = i;
                }
            }
            assertThat(pick).isEqualTo(farthest);
            for (int i = 0; i < g.size(); i++) {
                nearest[i] = Math.min(nearest[i], MaterialisedGradients.squaredDistance(points, i, points, pick));
            }
        }
    }

    @Test
    void kCenterWithoutAnchorsStartsFromTheGivenPoint() {
        int[] selected = java.kCenterGreedy(inputs.features(), Embeddings.empty(20), 8, 17);
        assertThat(selected[0]).isEqualTo(17);
        assertThat(selected).doesNotHaveDuplicates();
    }

    @Test
    void trianglePruningSelectsExactlyWhatThePlainPassSelectsAndSkipsPoints() {
        SyntheticInputs clustered = new SyntheticInputs(2000, 10, 32, 23);
        GradientEmbeddings big = clustered.gradients();
        Kernels pruned = new JavaKernels(true);
        assertThat(pruned.kMeansPlusPlus(big, 120, 5)).containsExactly(java.kMeansPlusPlus(big, 120, 5));
        assertThat(pruned.kMeansPlusPlus(clustered.features(), 120, 5)).containsExactly(java.kMeansPlusPlus(clustered.features(), 120, 5));
        GradientEmbeddings anchors = new SyntheticInputs(30, 10, 32, 24).labelledGradients();
        assertThat(pruned.kCenterGreedy(big, anchors, 120, -1)).containsExactly(java.kCenterGreedy(big, anchors, 120, -1));

        try (JavaGradientDistances plain = new JavaGradientDistances(big, GradientEmbeddings.empty(10, 32), false);
             JavaGradientDistances skipping = new JavaGradientDistances(big, GradientEmbeddings.empty(10, 32), true)) {
            Seeding.kMeansPlusPlus(plain, 120, 5);
            Seeding.kMeansPlusPlus(skipping, 120, 5);
            assertThat(skipping.distances()).containsExactly(plain.distances());
            assertThat(skipping.skippedFraction()).isGreaterThan(0.2);
        }
    }

    /** Test reference: k-means++ with BADGE semantics on the materialised embedding, in double, sharing only the draw rule. */
    static int[] materialisedKMeansPlusPlus(MaterialisedGradients m, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] nearest = new double[m.size];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int[] selected = new int[k];
        int first = 0;
        for (int i = 1; i < m.size; i++) {
            if (m.squaredNorm(i) > m.squaredNorm(first)) {
                first = i;
            }
        }
        selected[0] = first;
        for (int t = 0; t < k; t++) {
            if (t > 0) {
                double u = random.nextDouble();
                double total = Arrays.stream(nearest).sum();
                double running = 0;
                int pick = -1;
                for (int i = 0; i < m.size && pick < 0; i++) {
                    running += nearest[i];
                    if (nearest[i] > 0 && running > u * total) {
                        pick = i;
                    }
                }
                selected[t] = pick;
            }
            for (int i = 0; i < m.size; i++) {
                nearest[i] = Math.min(nearest[i], MaterialisedGradients.squaredDistance(m, i, m, selected[t]));
            }
            nearest[selected[t]] = 0;
        }
        return selected;
    }
}
