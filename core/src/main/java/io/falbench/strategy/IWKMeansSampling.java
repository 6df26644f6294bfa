package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import java.util.SplittableRandom;

/**
 * IWKMeans, incremental weighted k-means (Abraham and Dreyfus-Schmidt 2021; OpenAL's sampler): keep the beta*b most
 * margin-uncertain candidates; weighted k-means whose sample weights are their margin scores and whose centres
 * include every labelled sample as a fixed centre (seeding k-means++, never moving), with b free centres; one distinct
 * candidate per free centre by minimum-cost assignment. Mini-batch defaults of OpenAL: 100 iterations, batch 100,
 * 3 restarts (lowest inertia kept).
 */
public record IWKMeansSampling(Kernels kernels, int beta) implements QueryStrategy {

    static final int MAX_ITERATIONS = 100;
    static final int BATCH_SIZE = 100;
    static final int N_INIT = 3;

    @Override
    public String name() {
        return "iwkmeans";
    }

    @Override
    public boolean needsPredictions() {
        return true;
    }

    @Override
    public boolean needsLabelled() {
        return true;
    }

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        double[] margin = new UncertaintySampling("margin", Uncertainty.MARGIN, kernels).scores(input.predictions());
        int[] kept = TopScores.top(margin, beta * budget);
        int k = Math.min(budget, kept.length);
        if (k == 0) {
            return new int[0];
        }
        Embeddings points = Geometry.embeddings(input.predictions(), kept);
        if (k == kept.length) {
            return kept;
        }
        float[] weights = new float[kept.length];
        for (int i = 0; i < kept.length; i++) {
            weights[i] = (float) Math.max(margin[kept[i]], 1e-6);
        }
        Embeddings fixed = input.labelledPredictions() == null || input.labelledPredictions().size() == 0
                ? Embeddings.empty(points.dim()) : Geometry.embeddings(input.labelledPredictions());
        KMeansResult best = null;
        for (int restart = 0; restart < N_INIT; restart++) {
            KMeansResult run = kernels.weightedKMeans(points, weights, fixed,
                    KMeansOptions.miniBatch(k, MAX_ITERATIONS, BATCH_SIZE, random.nextLong()));
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return Geometry.through(kept, Geometry.nearestDistinct(kernels, points, best.freeCentres()));
    }

    /** Margin: the uncertainty its candidates are ranked by. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return UncertaintySampling.margins(kernels, input.predictions());
    }

    /** IWKMeans weights each candidate by its margin score (at least 1e-6, so no candidate weighs nothing). */
    @Override
    public float clusterWeight(double score) {
        return (float) Math.max(score, 1e-6);
    }
}
