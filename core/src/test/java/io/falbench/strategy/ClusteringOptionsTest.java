package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fl.client.ClientClustering;
import io.falbench.fl.message.GlobalCentroids;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.IncrementalKMeansOptions;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.FalGlobalQuery;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Predictions;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The clustering samplers' parity options (cardinal / OpenAL): each changes what runs, and the defaults are theirs. */
class ClusteringOptionsTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");

    /**
     * Points x = (0, 0), y = (-0.7, 2.4); centres u = (0, 0), v = (2.5, 0). Distances: x-u 0, y-v 4, x-v 2.5, y-u 2.5.
     * x to u and y to v: Euclidean sum 4, squared 16; x to v and y to u: Euclidean 5, squared 12.5.
     */
    private static final Embeddings POINTS = new Embeddings(2, 2, new float[] {0f, 0f, -0.7f, 2.4f});
    private static final Embeddings CENTRES = new Embeddings(2, 2, new float[] {0f, 0f, 2.5f, 0f});

    @Test
    void euclideanAndSquaredAssignmentsPickDifferentSamples() {
        assertThat(Geometry.nearestDistinct(JAVA, POINTS, CENTRES, AssignmentMetric.EUCLIDEAN)).containsExactly(0, 1);
        assertThat(Geometry.nearestDistinct(JAVA, POINTS, CENTRES, AssignmentMetric.SQUARED)).containsExactly(1, 0);
    }

    @Test
    void falGlobalsPerClientPickFollowsTheMetric() {
        GlobalCentroids global = new GlobalCentroids(new float[] {9f, 9f, 2.5f, 0f, 0f, 0f}, 2);
        int[] allocated = {2, 1};
        assertThat(ClientClustering.cover(POINTS, global, allocated, JAVA, AssignmentMetric.EUCLIDEAN))
                .containsExactly(0, 1);
        assertThat(ClientClustering.cover(POINTS, global, allocated, JAVA, AssignmentMetric.SQUARED))
                .containsExactly(1, 0);
    }

    @Test
    void theAssignmentMetricReachesEverySamplerThatPicksOnePerCentre() {
        Options squared = options(Geometry.ASSIGNMENT_METRIC, AssignmentMetric.SQUARED);
        assertThat(((KMeansSampling) StrategyRegistry.create("kmeans", JAVA)).metric())
                .isEqualTo(AssignmentMetric.EUCLIDEAN);
        assertThat(((KMeansSampling) StrategyRegistry.create("kmeans", JAVA, squared)).metric())
                .isEqualTo(AssignmentMetric.SQUARED);
        assertThat(((TwoStepKMeans) StrategyRegistry.create("two-step-kmeans", JAVA, squared)).kmeans().metric())
                .isEqualTo(AssignmentMetric.SQUARED);
        assertThat(((IWKMeansSampling) StrategyRegistry.create("iwkmeans", JAVA)).metric())
                .isEqualTo(AssignmentMetric.EUCLIDEAN);
        assertThat(((IWKMeansSampling) StrategyRegistry.create("iwkmeans", JAVA, squared)).metric())
                .isEqualTo(AssignmentMetric.SQUARED);
        for (String mode : new String[] {"fal-global", "fal-global-noquota"}) {
            assertThat(((FalGlobalQuery) ModeRegistry.create(mode, JAVA, Options.DEFAULTS)).metric())
                    .isEqualTo(AssignmentMetric.EUCLIDEAN);
            assertThat(((FalGlobalQuery) ModeRegistry.create(mode, JAVA, squared)).metric())
                    .isEqualTo(AssignmentMetric.SQUARED);
        }
    }

    @Test
    void kMeansRunsScikitLearnsTenRestartsOfAtMost300IterationsByDefault() {
        KMeansSampling kmeans = (KMeansSampling) StrategyRegistry.create("kmeans", JAVA);
        assertThat(kmeans.sklearn()).isTrue();
        assertThat(kmeans.inits()).isEqualTo(10);
        assertThat(kmeans.maxIterations()).isEqualTo(300);
        QueryInput input = QueryInput.scored(Toy.ids(30), scattered(30));
        Embeddings points = Geometry.embeddings(input.predictions());
        long seed = new SplittableRandom(1).nextLong();
        float[] centres = new SklearnKMeans(JAVA, 2, 7).fit(points, 3, seed).centres();
        int[] expected = Geometry.nearestDistinct(JAVA, points, new Embeddings(3, points.dim(), centres),
                AssignmentMetric.EUCLIDEAN);
        Options few = new Options(Map.of(KMeansSampling.N_INIT, 2, KMeansSampling.MAX_ITER, 7));
        assertThat(StrategyRegistry.create("kmeans", JAVA, few).select(input, 3, new SplittableRandom(1)))
                .containsExactly(expected);
        List<Object> runs = new ArrayList<>();
        StrategyRegistry.create("kmeans", recording(runs)).select(input, 3, new SplittableRandom(1));
        assertThat(runs).as("falbench's Lloyd kernel is not used").isEmpty();
    }

    @Test
    void kMeansAndTwoStepKMeansReadNInitAndMaxIterInFalbenchsVariant() {
        Options few = new Options(Map.of(KMeansSampling.N_INIT, 2, KMeansSampling.MAX_ITER, 7,
                KMeansSampling.VARIANT, false));
        for (String name : new String[] {"kmeans", "two-step-kmeans"}) {
            List<Object> runs = new ArrayList<>();
            StrategyRegistry.create(name, recording(runs), few)
                    .select(QueryInput.scored(Toy.ids(30), scattered(30)), 2, new SplittableRandom(1));
            assertThat(runs).as(name).hasSize(2)
                    .allSatisfy(o -> assertThat(((KMeansOptions) o).maxIterations()).isEqualTo(7));
        }
    }

    @Test
    void iwKMeansRunsCardinalsIncrementalKMeansOnceWithOpenAlsOneInitByDefault() {
        List<Object> runs = new ArrayList<>();
        StrategyRegistry.create("iwkmeans", recording(runs)).select(labelledInput(), 2, new SplittableRandom(1));
        assertThat(runs).hasSize(1);
        IncrementalKMeansOptions options = (IncrementalKMeansOptions) runs.get(0);
        assertThat(options.inits()).isEqualTo(1);
        assertThat(options.maxIterations()).isEqualTo(100);
        assertThat(options.batchSize()).isEqualTo(100);
        assertThat(options.maxNoImprovement()).isEqualTo(10);
        assertThat(options.reassignmentRatio()).isEqualTo(0.01);

        runs.clear();
        StrategyRegistry.create("iwkmeans", recording(runs), options(IWKMeansSampling.N_INIT, 3))
                .select(labelledInput(), 2, new SplittableRandom(1));
        assertThat(runs).hasSize(1);
        assertThat(((IncrementalKMeansOptions) runs.get(0)).inits()).isEqualTo(3);
    }

    @Test
    void iwKMeansFalbenchVariantRunsNInitPlainRunsOfExactly100Steps() {
        List<Object> runs = new ArrayList<>();
        Options falbench = new Options(Map.of(IWKMeansSampling.VARIANT, IWKMeansSampling.Variant.FALBENCH,
                IWKMeansSampling.N_INIT, 3));
        StrategyRegistry.create("iwkmeans", recording(runs), falbench).select(labelledInput(), 2,
                new SplittableRandom(1));
        assertThat(runs).hasSize(3).allSatisfy(o -> {
            KMeansOptions options = (KMeansOptions) o;
            assertThat(options.maxIterations()).isEqualTo(100);
            assertThat(options.batchSize()).isEqualTo(100);
        });
    }

    private static <T> Options options(Key<T> key, T value) {
        return new Options(Map.of(key, value));
    }

    /** The java kernels, recording the options of every k-means run. */
    private static Kernels recording(List<Object> runs) {
        return (Kernels) Proxy.newProxyInstance(Kernels.class.getClassLoader(), new Class<?>[] {Kernels.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("weightedKMeans") || method.getName().equals("incrementalKMeans")) {
                        runs.add(args[3]);
                    }
                    try {
                        return method.invoke(JAVA, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static Predictions scattered(int n) {
        SplittableRandom random = new SplittableRandom(5);
        float[][] p = new float[n][];
        float[][] h = new float[n][];
        for (int i = 0; i < n; i++) {
            float a = random.nextFloat();
            p[i] = new float[] {a, 1 - a};
            h[i] = new float[] {random.nextFloat(), random.nextFloat(), random.nextFloat()};
        }
        return Toy.predictions(p, h);
    }

    private static QueryInput labelledInput() {
        Predictions candidates = scattered(30);
        Predictions labelled = Toy.predictions(new float[][] {{0.5f, 0.5f}}, new float[][] {{0.5f, 0.5f, 0.5f}});
        return new QueryInput(Toy.ids(30), candidates, new int[] {7}, labelled, new int[1]);
    }
}
