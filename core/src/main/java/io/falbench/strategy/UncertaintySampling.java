package io.falbench.strategy;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.model.Predictions;
import java.util.SplittableRandom;

/**
 * Uncertainty sampling (Lewis and Gale 1994): query the candidates the model is least sure of. Least confidence
 * 1 - max p, margin 1 - (p1 - p2) (Scheffer et al. 2001), entropy normalised by log C (as FairFAL).
 */
public record UncertaintySampling(Uncertainty measure, Kernels kernels) implements QueryStrategy {

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return TopScores.top(scores(input.predictions()), budget);
    }

    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        return scores(input.predictions());
    }

    /** Margin scores 1 - (p1 - p2), the priority of the clustering samplers. */
    static double[] margins(Kernels kernels, Predictions predictions) {
        return new UncertaintySampling(Uncertainty.MARGIN, kernels).scores(predictions);
    }

    public double[] scores(Predictions predictions) {
        float[] scores = kernels.uncertainty(predictions.probabilities(), predictions.size(),
                predictions.numClasses(), measure);
        double[] out = new double[scores.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = scores[i];
        }
        return out;
    }
}
