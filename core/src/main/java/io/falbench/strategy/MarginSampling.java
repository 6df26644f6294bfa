package io.falbench.strategy;

import io.falbench.model.Predictions;
import java.util.SplittableRandom;

/**
 * Margin sampling (Scheffer et al. 2001): uncertainty 1 - (p1 - p2), the gap between the two most probable
 * classes; the most uncertain candidates are queried.
 */
public record MarginSampling() implements QueryStrategy {

    @Override
    public String name() {
        return "margin";
    }

    @Override
    public boolean needsPredictions() {
        return true;
    }

    @Override
    public int[] select(QueryInput input, int budget, SplittableRandom random) {
        return TopScores.top(scores(input.predictions()), budget);
    }

    /** 1 - (p1 - p2) per row. */
    public static double[] scores(Predictions predictions) {
        double[] scores = new double[predictions.size()];
        float[] p = predictions.probabilities();
        int c = predictions.numClasses();
        for (int i = 0; i < scores.length; i++) {
            float first = Float.NEGATIVE_INFINITY;
            float second = Float.NEGATIVE_INFINITY;
            for (int j = i * c; j < (i + 1) * c; j++) {
                if (p[j] > first) {
                    second = first;
                    first = p[j];
                } else if (p[j] > second) {
                    second = p[j];
                }
            }
            scores[i] = 1.0 - (first - second);
        }
        return scores;
    }
}
