package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.Predictions;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiversityStrategiesTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");
    private static final float[] UNSURE = {0.5f, 0.5f};

    private static QueryInput withLabelled(Predictions candidates, Predictions labelled) {
        int[] labelledIds = Toy.ids(labelled.size());
        return new QueryInput(Toy.ids(candidates.size()), candidates, labelledIds, labelled, new int[labelled.size()]);
    }

    /** Two blobs on a line: 10 points near 0 and 10 near 100. */
    private static float[] twoBlobs() {
        float[] x = new float[20];
        for (int i = 0; i < 10; i++) {
            x[i] = i * 0.1f;
            x[10 + i] = 100 + i * 0.1f;
        }
        return x;
    }

    @Test
    void coreSetPicksTheCandidateFarthestFromTheLabelledThenTheNextFarthest() {
        Predictions candidates = Toy.onALine(UNSURE, 1f, 2f, 10f);
        Predictions labelled = Toy.onALine(UNSURE, 0f);
        int[] picks = new CoreSetSampling(JAVA).select(withLabelled(candidates, labelled), 2, new SplittableRandom(0));
        assertThat(picks).containsExactly(2, 1);
    }

    @Test
    void kMeansTakesOneDistinctSamplePerWellSeparatedBlob() {
        Predictions candidates = Toy.onALine(UNSURE, 0f, 0.1f, 0.2f, 50f, 50.1f, 50.2f, 100f, 100.1f, 100.2f);
        int[] picks = StrategyRegistry.create("kmeans", JAVA).select(QueryInput.scored(Toy.ids(9), candidates), 3,
                new SplittableRandom(4));
        assertThat(picks).doesNotHaveDuplicates();
        assertThat(Arrays.stream(picks).map(i -> i / 3).sorted().toArray()).containsExactly(0, 1, 2);
    }

    @Test
    void iwKMeansAvoidsTheRegionTheLabelledSamplesAlreadyCover() {
        Predictions candidates = Toy.onALine(UNSURE, twoBlobs());
        Predictions labelled = Toy.onALine(UNSURE, 0.3f, 0.5f);
        // Each variant with its own code base's restarts: cardinal as OpenAL runs it (1), falbench's earlier 3.
        for (IWKMeansSampling.Variant variant : IWKMeansSampling.Variant.values()) {
            int inits = variant == IWKMeansSampling.Variant.CARDINAL ? 1 : 3;
            for (long seed = 0; seed < 5; seed++) {
                int[] picks = new IWKMeansSampling(JAVA, 10, variant, inits, AssignmentMetric.EUCLIDEAN)
                        .select(withLabelled(candidates, labelled), 2, new SplittableRandom(seed));
                assertThat(picks).doesNotHaveDuplicates().hasSize(2);
                assertThat(Toy.boxed(picks)).as("%s, seed %d", variant, seed)
                        .allSatisfy(i -> assertThat(i).isGreaterThanOrEqualTo(10));
            }
        }
        int[] plain = StrategyRegistry.create("kmeans", JAVA).select(QueryInput.scored(Toy.ids(20), candidates), 2,
                new SplittableRandom(0));
        assertThat(Arrays.stream(plain).map(i -> i / 10).sorted().toArray()).containsExactly(0, 1);
    }

    @Test
    void badgeStartsFromTheLargestGradientNormAndNeverRepeats() {
        float[][] p = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.55f, 0.45f}, {0.99f, 0.01f}};
        float[][] h = {{1f, 0f}, {1f, 1f}, {3f, 0f}, {10f, 0f}};
        // ||p - onehot||^2 ||h||^2: 0.02*1, 0.32*2, 0.405*9 = 3.645 (largest), 0.0002*100
        Predictions predictions = Toy.predictions(p, h);
        int[] picks = new BadgeSampling(JAVA).select(QueryInput.scored(Toy.ids(4), predictions), 3, new SplittableRandom(1));
        assertThat(picks[0]).isEqualTo(2);
        assertThat(picks).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void twoStepKMeansKeepsOnlyTheMostUncertainBeforeClustering() {
        float[][] p = new float[6][];
        float[][] h = new float[6][];
        for (int i = 0; i < 6; i++) {
            p[i] = i < 3 ? new float[] {0.5f, 0.5f} : new float[] {0.99f, 0.01f};
            h[i] = new float[] {i * 10f, 0f};
        }
        KMeansSampling kmeans = (KMeansSampling) StrategyRegistry.create("kmeans", JAVA);
        int[] picks = new TwoStepKMeans(kmeans, 1).select(QueryInput.scored(Toy.ids(6), Toy.predictions(p, h)), 2,
                new SplittableRandom(0));
        assertThat(Toy.boxed(picks)).allSatisfy(i -> assertThat(i).isLessThan(3));
    }

    @Test
    void everyRegisteredStrategyReturnsExactlyTheBudgetOfDistinctCandidates() {
        SplittableRandom random = new SplittableRandom(3);
        float[][] p = new float[40][];
        float[][] h = new float[40][];
        for (int i = 0; i < 40; i++) {
            float a = random.nextFloat();
            p[i] = new float[] {a, 1 - a};
            h[i] = new float[] {random.nextFloat(), random.nextFloat(), random.nextFloat()};
        }
        Predictions candidates = Toy.predictions(p, h);
        Predictions labelled = Toy.predictions(new float[][] {{0.5f, 0.5f}}, new float[][] {{0.5f, 0.5f, 0.5f}});
        QueryInput input = withLabelled(candidates, labelled).withHead(Toy.head(random, 2, 3))
                .withDropout(Toy.dropoutPasses(random, 10, 40, 2));
        for (String name : StrategyRegistry.names()) {
            int[] picks = StrategyRegistry.create(name, JAVA).select(input, 7, new SplittableRandom(9));
            assertThat(picks).as(name).hasSize(7).doesNotHaveDuplicates();
            assertThat(Toy.boxed(picks)).as(name).allSatisfy(i -> assertThat(i).isBetween(0, 39));
        }
    }
}
