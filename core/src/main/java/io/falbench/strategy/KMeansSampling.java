package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.settings.Key;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * KMeans sampler (cardinal, Dataiku, {@code cardinal/clustering.py} {@code KMeansSampler}): k-means with k = budget on
 * the candidates' penultimate embeddings, then one distinct candidate per centroid by minimum-cost assignment.
 * {@code inits} restarts (lowest inertia kept) of at most {@code maxIterations} iterations each; cardinal leaves
 * scikit-learn's {@code KMeans} defaults, 10 restarts of at most 300. With {@code sklearn} each restart is
 * scikit-learn's ({@link SklearnKMeans}: greedy k-means++, centre-shift tolerance); otherwise falbench's Lloyd (plain
 * k-means++, relative-inertia tolerance).
 */
public record KMeansSampling(Kernels kernels, int inits, int maxIterations, AssignmentMetric metric, boolean sklearn)
        implements QueryStrategy {

    public static final Key<Integer> N_INIT = Key.integer("kmeans.n_init", 10, 1, 1000,
            "k-means restarts of kmeans and two-step-kmeans, lowest inertia kept (cardinal: scikit-learn's KMeans"
                    + " default 10; falbench before: 3)");
    public static final Key<Integer> MAX_ITER = Key.integer("kmeans.max_iter", 300, 1, 100_000,
            "most Lloyd iterations per restart of kmeans and two-step-kmeans (cardinal: scikit-learn's KMeans default"
                    + " 300; falbench before: 100)");

    public static final Key<Boolean> VARIANT = Key.choice("kmeans.variant", "sklearn",
            List.of(Map.entry("sklearn", true), Map.entry("falbench", false)),
            "k-means of kmeans and two-step-kmeans: sklearn, scikit-learn's KMeans as cardinal calls it (greedy"
                    + " k-means++, stop on centre shift <= 1e-4 x mean variance); falbench, plain k-means++ and a"
                    + " relative-inertia stop");

    /** Relative inertia change below which falbench's Lloyd stops. */
    static final double TOLERANCE = 1e-4;

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return pick(Geometry.embeddings(input.predictions()), budget, random);
    }

    /** One distinct point (position) per centre of a k-means with k = budget on {@code points}. */
    int[] pick(Embeddings points, int budget, SplittableRandom random) {
        return QueryStrategy.choose(budget, points.size(), k -> {
            if (sklearn) {
                float[] centres = new SklearnKMeans(kernels, inits, maxIterations).fit(points, k, random.nextLong())
                        .centres();
                return Geometry.nearestDistinct(kernels, points, new Embeddings(k, points.dim(), centres), metric);
            }
            float[] unit = new float[points.size()];
            Arrays.fill(unit, 1f);
            KMeansResult best = null;
            for (int restart = 0; restart < inits; restart++) {
                KMeansResult run = kernels.weightedKMeans(points, unit, Embeddings.empty(points.dim()),
                        new KMeansOptions(k, maxIterations, 0, random.nextLong(), TOLERANCE));
                if (best == null || run.inertia() < best.inertia()) {
                    best = run;
                }
            }
            return Geometry.nearestDistinct(kernels, points, best.freeCentres(), metric);
        });
    }

    /** Margin: the uncertainty its candidates are ranked by. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return UncertaintySampling.margins(kernels, input.predictions());
    }
}
