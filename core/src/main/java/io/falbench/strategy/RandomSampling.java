package io.falbench.strategy;

import io.falbench.datasets.transform.Shuffle;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Random sampling: the baseline every active-learning strategy must beat. */
public record RandomSampling() implements QueryStrategy {

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        int[] order = new int[input.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Shuffle.shuffle(order, random);
        return Arrays.copyOf(order, Math.min(budget, order.length));
    }

    /** A uniform random priority per candidate. */
    @Override
    public double[] candidateScores(QueryInput input, SplittableRandom random) {
        double[] scores = new double[input.size()];
        Arrays.setAll(scores, i -> random.nextDouble());
        return scores;
    }
}
