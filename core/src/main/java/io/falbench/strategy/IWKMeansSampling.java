package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.IncrementalKMeansOptions;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.settings.Key;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * IWKMeans, incremental weighted k-means (Abraham and Dreyfus-Schmidt 2021; OpenAL's sampler, {@code bench/utils.py}
 * {@code iwkmeans}): keep the beta*b most margin-uncertain candidates; weighted mini-batch k-means whose sample weights
 * are their margin scores and whose centres include every labelled sample as a fixed centre (never moving), with b
 * free centres; one distinct candidate per free centre by minimum-cost assignment. The k-means is cardinal's
 * {@code IncrementalMiniBatchKMeans} as OpenAL runs it ({@link Variant#CARDINAL}, n_init = 1) or falbench's earlier
 * plain mini-batch k-means ({@link Variant#FALBENCH}).
 */
public record IWKMeansSampling(Kernels kernels, int beta, Variant variant, int inits, AssignmentMetric metric)
        implements QueryStrategy {

    /** Which mini-batch k-means clusters the kept candidates. */
    public enum Variant {
        /** cardinal's: greedy k-means++ on a subset, passes with early stop, low-weight centres reassigned. */
        CARDINAL,
        /** falbench's earlier: weighted k-means++ on all candidates, exactly 100 steps, restarts by final inertia. */
        FALBENCH
    }

    public static final Key<Variant> VARIANT = Key.choice("iwkmeans.variant", "cardinal",
            List.of(Map.entry("cardinal", Variant.CARDINAL), Map.entry("falbench", Variant.FALBENCH)),
            "cardinal: IncrementalMiniBatchKMeans as OpenAL runs it (greedy k-means++ ignoring weights on a random"
                    + " subset of 3 x batch candidates, restarts compared on a validation subset, 100 x ceil(n / 100)"
                    + " steps stopping after 10 without a lower smoothed batch inertia, centres under 1% of the"
                    + " largest accumulated weight reassigned); falbench: weighted k-means++ on all candidates, exactly"
                    + " 100 steps of 100, no reassignment, restarts compared by final inertia");
    public static final Key<Integer> N_INIT = Key.integer("iwkmeans.n_init", 1, 1, 1000,
            "k-means restarts of iwkmeans (OpenAL: 1; cardinal's default 3; falbench before: 3)");

    /** falbench variant: mini-batch steps and batch size. */
    static final int STEPS = 100;
    static final int BATCH_SIZE = 100;

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        double[] margin = new UncertaintySampling(Uncertainty.MARGIN, kernels).scores(input.predictions());
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
            weights[i] = clusterWeight(margin[kept[i]]);
        }
        Embeddings fixed = input.labelledPredictions() == null || input.labelledPredictions().size() == 0
                ? Embeddings.empty(points.dim()) : Geometry.embeddings(input.labelledPredictions());
        KMeansResult clusters = variant == Variant.CARDINAL
                ? kernels.incrementalKMeans(points, weights, fixed,
                        IncrementalKMeansOptions.cardinal(k, inits, random.nextLong()))
                : lowestOfRestarts(points, weights, fixed, k, random);
        return Geometry.through(kept, Geometry.nearestDistinct(kernels, points, clusters.freeCentres(), metric));
    }

    private KMeansResult lowestOfRestarts(Embeddings points, float[] weights, Embeddings fixed, int k,
                                          SplittableRandom random) {
        KMeansResult best = null;
        for (int restart = 0; restart < inits; restart++) {
            KMeansResult run = kernels.weightedKMeans(points, weights, fixed,
                    KMeansOptions.miniBatch(k, STEPS, BATCH_SIZE, random.nextLong()));
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return best;
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
