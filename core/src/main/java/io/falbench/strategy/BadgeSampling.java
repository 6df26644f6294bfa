package io.falbench.strategy;

import io.falbench.kernels.Kernels;
import java.util.SplittableRandom;

/**
 * BADGE (Ash et al., ICLR 2020): k-means++ seeding on gradient embeddings g = (p - onehot(argmax p)) (x) h, kept
 * factorised: the first pick has the largest ||g||, the next are drawn with probability D^2 / sum D^2.
 */
public record BadgeSampling(Kernels kernels) implements QueryStrategy {

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return kernels.kMeansPlusPlus(Geometry.gradients(input.predictions()), Math.min(budget, input.size()),
                random.nextLong());
    }

    /** The squared norm of each candidate's gradient embedding (BADGE's first pick is the largest). */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        float[] norms = kernels.gradientSquaredNorms(Geometry.gradients(input.predictions()));
        double[] scores = new double[norms.length];
        java.util.Arrays.setAll(scores, i -> norms[i]);
        return scores;
    }
}
