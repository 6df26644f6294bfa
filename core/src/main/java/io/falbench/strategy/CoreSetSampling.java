package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import java.util.SplittableRandom;

/**
 * CoreSet (Sener and Savarese, ICLR 2018): greedy k-center, farthest first, on penultimate embeddings, starting from
 * the labelled samples (and growing with the samples already selected).
 */
public record CoreSetSampling(Kernels kernels) implements QueryStrategy {

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        Embeddings candidates = Geometry.embeddings(input.predictions());
        Embeddings anchors = input.labelledPredictions() == null ? Embeddings.empty(candidates.dim())
                : Geometry.embeddings(input.labelledPredictions());
        return kernels.kCenterGreedy(candidates, anchors, Math.min(budget, input.size()), -1);
    }

    /** Margin: the uncertainty its candidates are ranked by. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return UncertaintySampling.margins(kernels, input.predictions());
    }
}
