package io.falbench.strategy;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import java.util.SplittableRandom;

/**
 * Two-step KMeans (Zhdanov 2019, "Diverse mini-batch active learning"): keep the beta*b most margin-uncertain
 * candidates, then the KMeans sampler on them, unweighted ({@code cardinal/zhdanov2019.py}
 * {@code TwoStepKMeansSampler}).
 */
public record TwoStepKMeans(KMeansSampling kmeans, int beta) implements QueryStrategy {

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        double[] margin = new UncertaintySampling(Uncertainty.MARGIN, kernels()).scores(input.predictions());
        int[] kept = TopScores.top(margin, beta * budget);
        int[] picks = kmeans.pick(Geometry.embeddings(input.predictions(), kept), budget, random);
        return Geometry.through(kept, picks);
    }

    /** Margin: the uncertainty its candidates are ranked by. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return UncertaintySampling.margins(kernels(), input.predictions());
    }

    private Kernels kernels() {
        return kmeans.kernels();
    }
}
