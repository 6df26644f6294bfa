package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import java.util.SplittableRandom;

/**
 * KMeans sampler (cardinal, Dataiku): k-means with k = budget on the candidates' penultimate embeddings, then one
 * distinct candidate per centroid by minimum-cost assignment. Lloyd, {@code N_INIT} restarts, best inertia kept.
 */
public record KMeansSampling(Kernels kernels) implements QueryStrategy {

    static final int MAX_ITERATIONS = 100;
    static final int N_INIT = 3;

    @Override
    public String name() {
        return "kmeans";
    }

    @Override
    public boolean needsPredictions() {
        return true;
    }

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return pick(kernels, Geometry.embeddings(input.predictions()), budget, random);
    }

    static int[] pick(Kernels kernels, Embeddings points, int budget, SplittableRandom random) {
        int k = Math.min(budget, points.size());
        if (k == 0) {
            return new int[0];
        }
        if (k == points.size()) {
            return java.util.stream.IntStream.range(0, k).toArray();
        }
        float[] unit = new float[points.size()];
        java.util.Arrays.fill(unit, 1f);
        KMeansResult best = null;
        for (int restart = 0; restart < N_INIT; restart++) {
            KMeansResult run = kernels.weightedKMeans(points, unit, Embeddings.empty(points.dim()),
                    new KMeansOptions(k, MAX_ITERATIONS, 0, random.nextLong(), 1e-4));
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return Geometry.nearestDistinct(kernels, points, best.freeCentres());
    }

    /** Margin: the uncertainty its candidates are ranked by. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return UncertaintySampling.margins(kernels, input.predictions());
    }
}
