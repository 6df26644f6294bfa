package io.falbench.kernels.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.IncrementalKMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.kernels.fixtures.SyntheticInputs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** cardinal's incremental mini-batch k-means: its length, early stop, seeding subset and low-weight reassignment. */
class IncrementalMiniBatchKMeansTest {

    private final SyntheticInputs inputs = new SyntheticInputs(400, 5, 12, 31);
    private final Embeddings points = inputs.features();
    private final Embeddings fixed = new SyntheticInputs(3, 5, 12, 32).features();
    private final float[] weights = new JavaKernels().uncertainty(inputs.probabilities(), 400, 5, Uncertainty.MARGIN);
    private final Kernels java = new JavaKernels();

    private static IncrementalKMeansOptions options(int passes, int batch, int inits, int patience, long seed) {
        return new IncrementalKMeansOptions(6, passes, batch, inits, 0.01, patience, seed);
    }

    @Test
    void withoutTheEarlyStopItRunsMaxIterationsPassesOfBatches() {
        // 400 points, batches of 100: 4 steps per pass; 7 passes = 28 steps.
        assertThat(java.incrementalKMeans(points, weights, fixed, options(7, 100, 1, 0, 3)).iterations())
                .isEqualTo(28);
        // 400 points, batches of 30: ceil(400 / 30) = 14 steps per pass.
        assertThat(java.incrementalKMeans(points, weights, fixed, options(2, 30, 1, 0, 3)).iterations())
                .isEqualTo(28);
    }

    @Test
    void theSmoothedInertiaStopEndsLongBeforeThePassBudget() {
        KMeansResult result = java.incrementalKMeans(points, weights, fixed,
                IncrementalKMeansOptions.cardinal(6, 1, 3));
        // 100 passes of 4 steps = 400 steps; the earliest stop is after 11 (one to set the minimum, 10 without).
        assertThat(result.iterations()).isBetween(11, 399);
    }

    @Test
    void theStopCountsStepsSinceTheLastNewMinimumOfTheSmoothedBatchInertia() {
        // batch 10 of n = 9: alpha = min(1, 20 / 10) = 1, so the smoothed inertia is the last batch's.
        SmoothedInertiaStop stop = new SmoothedInertiaStop(10, 9, 2);
        assertThat(stop.after(50)).isFalse();
        assertThat(stop.after(40)).isFalse();
        assertThat(stop.after(45)).isFalse();
        assertThat(stop.after(39)).isFalse();
        assertThat(stop.after(39)).isFalse();
        assertThat(stop.after(60)).isTrue();
        SmoothedInertiaStop never = new SmoothedInertiaStop(10, 9, 0);
        for (int i = 0; i < 50; i++) {
            assertThat(never.after(100)).isFalse();
        }
    }

    @Test
    void theSmoothingWeighsANewBatchByTwiceTheBatchOverNPlusOne() {
        // alpha = 2 x 10 / 40 = 0.5: 100, then 0.5 x 100 + 0.5 x 120 = 110 (no new minimum), then 105 (none): stop.
        SmoothedInertiaStop stop = new SmoothedInertiaStop(10, 39, 2);
        assertThat(stop.after(1000)).isFalse();
        assertThat(stop.after(1200)).isFalse();
        assertThat(stop.after(1000)).isTrue();
        // A third batch of 95 per sample is below the first 100, but smoothed (0.5 x 110 + 0.5 x 95 = 102.5) it is not.
        SmoothedInertiaStop smoothed = new SmoothedInertiaStop(10, 39, 2);
        smoothed.after(1000);
        smoothed.after(1200);
        assertThat(smoothed.after(950)).isTrue();
    }

    @Test
    void fixedCentresNeverMoveAndComeFirst() {
        KMeansResult result = java.incrementalKMeans(points, weights, fixed,
                IncrementalKMeansOptions.cardinal(6, 3, 5));
        assertThat(result.fixedCentres()).isEqualTo(3);
        assertThat(Arrays.copyOf(result.centres().values(), 36)).containsExactly(fixed.values());
        assertThat(result.freeCentres().size()).isEqualTo(6);
    }

    @Test
    void theSubsetIsThreeBatchesOrThreeTimesTheCentresAtMostN() {
        assertThat(IncrementalMiniBatchKMeans.subsetSize(100, 40, 5000)).isEqualTo(300);
        assertThat(IncrementalMiniBatchKMeans.subsetSize(100, 300, 5000)).isEqualTo(300);
        assertThat(IncrementalMiniBatchKMeans.subsetSize(100, 301, 5000)).isEqualTo(903);
        assertThat(IncrementalMiniBatchKMeans.subsetSize(100, 40, 250)).isEqualTo(250);
    }

    @Test
    void seedingSearchesOnlyARandomSubsetOfThePoints() {
        // batch 10, 9 centres: the seeding subset has 30 of the 400 points; the first search the run builds is the
        // seeding's (the validation subset is drawn, but searched only after seeding).
        List<Embeddings> searched = new ArrayList<>();
        IncrementalMiniBatchKMeans.run(points, weights, fixed, options(1, 10, 1, 10, 4), rows -> {
            searched.add(rows);
            return new JavaPointSearch(rows);
        });
        Embeddings seeding = searched.get(0);
        assertThat(seeding.size()).isEqualTo(30);
        for (int i = 0; i < seeding.size(); i++) {
            assertThat(rowOf(points, seeding.row(i))).as("subset row %d", i).isNotNegative();
        }
    }

    @Test
    void greedySeedingPicksOnlyRowsItIsGivenFixedCentresFirst() {
        Embeddings subset = new Embeddings(30, 12, Arrays.copyOfRange(points.values(), 120, 120 + 30 * 12));
        float[] centres;
        try (PointSearch search = new JavaPointSearch(subset)) {
            centres = GreedySeeding.centres(subset, fixed.values(), 3, 6, new SplittableRandom(1), search);
        }
        assertThat(Arrays.copyOf(centres, 36)).containsExactly(fixed.values());
        Embeddings all = new Embeddings(9, 12, centres);
        for (int c = 3; c < 9; c++) {
            assertThat(rowOf(subset, all.row(c))).as("centre %d", c).isNotNegative();
        }
        assertThat(Arrays.stream(new int[] {3, 4, 5, 6, 7, 8}).map(c -> rowOf(subset, all.row(c))))
                .doesNotHaveDuplicates();
    }

    @Test
    void greedySeedingSelectsWhatAMaterialisedGreedyKMeansPlusPlusSelectsUnderTheSameStream() {
        Embeddings subset = new Embeddings(60, 12, Arrays.copyOfRange(points.values(), 0, 60 * 12));
        for (int fixedCount : new int[] {0, 3}) {
            float[] given = Arrays.copyOf(fixed.values(), fixedCount * 12);
            float[] centres;
            try (PointSearch search = new JavaPointSearch(subset)) {
                centres = GreedySeeding.centres(subset, given, fixedCount, 8, new SplittableRandom(11), search);
            }
            assertThat(centres).as("%d fixed", fixedCount)
                    .containsExactly(materialisedGreedy(subset, given, fixedCount, 8, new SplittableRandom(11)));
        }
    }

    @Test
    void aStarvedFreeCentreMovesToABatchSampleWhenReassignmentIsDue() {
        // 1 fixed centre at the origin, free centres at (10, 0) (fed) and (100, 100) (starved: 0.1 < 1% of 50).
        Embeddings batch = new Embeddings(4, 2, new float[] {10f, 1f, 11f, 0f, 9f, -1f, 10f, 0.5f});
        float[] w = {1f, 1f, 1f, 1f};
        MiniBatchStep due = step(new float[] {0f, 0f, 10f, 0f, 100f, 100f});
        due.step(batch, w, true, new SplittableRandom(2));
        assertThat(rowOf(batch, Arrays.copyOfRange(due.centres(), 4, 6))).isNotNegative();
        assertThat(Arrays.copyOf(due.centres(), 2)).containsExactly(0f, 0f);
        // Its accumulated weight restarts at the smallest other one: the fixed centre's 0.
        assertThat(due.counts()[2]).isZero();
        MiniBatchStep notDue = step(new float[] {0f, 0f, 10f, 0f, 100f, 100f});
        notDue.step(batch, w, false, new SplittableRandom(2));
        assertThat(Arrays.copyOfRange(notDue.centres(), 4, 6)).containsExactly(100f, 100f);
        assertThat(notDue.counts()[2]).isEqualTo(0.1);
    }

    @Test
    void atMostHalfABatchOfCentresMoveTheLightestFirst() {
        // Free centres 1..5, 2..5 starved (weights 0.4, 0.1, 0.3, 0.2 under 1% of 50), batch of 6: at most 3 of the
        // lightest may move, and the fixed centre's 0 is the lightest of all (as in the reference), so only the
        // centres of weight 0.1 (3) and 0.2 (5) move.
        float[] centres = new float[12];
        for (int j = 1; j < 6; j++) {
            centres[2 * j] = 100f * j;
            centres[2 * j + 1] = 100f;
        }
        MiniBatchStep step = new MiniBatchStep(centres, 1, 2, 0.01, JavaPointSearch::new);
        double[] counts = step.counts();
        counts[1] = 50;
        counts[2] = 0.4;
        counts[3] = 0.1;
        counts[4] = 0.3;
        counts[5] = 0.2;
        Embeddings batch = new Embeddings(6, 2, new float[] {100f, 99f, 101f, 100f, 99f, 100f, 100f, 101f, 100f,
            100.5f, 100.5f, 100f});
        float[] w = new float[6];
        Arrays.fill(w, 1f);
        step.step(batch, w, true, new SplittableRandom(3));
        assertThat(Arrays.copyOfRange(step.centres(), 4, 6)).containsExactly(200f, 100f);
        assertThat(Arrays.copyOfRange(step.centres(), 8, 10)).containsExactly(400f, 100f);
        assertThat(rowOf(batch, Arrays.copyOfRange(step.centres(), 6, 8))).isNotNegative();
        assertThat(rowOf(batch, Arrays.copyOfRange(step.centres(), 10, 12))).isNotNegative();
        assertThat(counts[3]).isZero();
        assertThat(counts[5]).isZero();
        assertThat(counts[2]).isEqualTo(0.4);
    }

    @Test
    void aFreeCentreMovesToTheWeightedMeanOfItsAccumulatedMassAndItsBatchSamples() {
        // Centre at (0, 0) with accumulated weight 2; batch samples (3, 0) weight 1 and (0, 3) weight 3 join it:
        // (0 x 2 + 3 x 1 + 0 x 3) / 6 = 0.5, (0 x 2 + 0 x 1 + 3 x 3) / 6 = 1.5.
        MiniBatchStep step = new MiniBatchStep(new float[] {0f, 0f, 50f, 50f}, 0, 2, 0.01, JavaPointSearch::new);
        step.counts()[0] = 2;
        step.counts()[1] = 1;
        double inertia = step.step(new Embeddings(2, 2, new float[] {3f, 0f, 0f, 3f}), new float[] {1f, 3f}, false,
                new SplittableRandom(0));
        assertThat(inertia).isEqualTo(1 * 9 + 3 * 9);
        assertThat(Arrays.copyOf(step.centres(), 2)).containsExactly(0.5f, 1.5f);
        assertThat(step.counts()[0]).isEqualTo(6);
    }

    /** Greedy k-means++ written out on plain double distances, drawing from {@code random} as GreedySeeding does. */
    private static float[] materialisedGreedy(Embeddings x, float[] given, int fixedCount, int free,
                                              SplittableRandom random) {
        int n = x.size();
        int dim = x.dim();
        int total = fixedCount + free;
        float[] centres = Arrays.copyOf(given, total * dim);
        double[] closest = new double[n];
        Arrays.fill(closest, Double.POSITIVE_INFINITY);
        int start = fixedCount;
        if (fixedCount == 0) {
            System.arraycopy(x.values(), random.nextInt(n) * dim, centres, 0, dim);
            start = 1;
        }
        for (int c = 0; c < start; c++) {
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], squared(x, i, centres, c));
            }
        }
        int trials = 2 + (int) Math.log(total);
        for (int c = start; c < total; c++) {
            double potential = Arrays.stream(closest).sum();
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                double target = random.nextDouble() * potential;
                double running = 0;
                candidates[t] = n - 1;
                for (int i = 0; i < n; i++) {
                    running += closest[i];
                    if (running > target) {
                        candidates[t] = i;
                        break;
                    }
                }
            }
            int best = -1;
            double lowest = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = 0;
                for (int i = 0; i < n; i++) {
                    p += Math.min(closest[i], squared(x, i, x.values(), candidates[t]));
                }
                if (p < lowest) {
                    lowest = p;
                    best = candidates[t];
                }
            }
            System.arraycopy(x.values(), best * dim, centres, c * dim, dim);
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], squared(x, i, centres, c));
            }
        }
        return centres;
    }

    private static double squared(Embeddings x, int i, float[] rows, int row) {
        double sum = 0;
        for (int d = 0; d < x.dim(); d++) {
            double diff = x.values()[i * x.dim() + d] - rows[row * x.dim() + d];
            sum += diff * diff;
        }
        return sum;
    }

    private static MiniBatchStep step(float[] centres) {
        MiniBatchStep step = new MiniBatchStep(centres, 1, 2, 0.01, JavaPointSearch::new);
        step.counts()[1] = 50;
        step.counts()[2] = 0.1;
        return step;
    }

    /** The row of {@code x} equal to {@code row}, or -1. */
    private static int rowOf(Embeddings x, float[] row) {
        for (int i = 0; i < x.size(); i++) {
            if (Arrays.equals(x.row(i), row)) {
                return i;
            }
        }
        return -1;
    }
}
