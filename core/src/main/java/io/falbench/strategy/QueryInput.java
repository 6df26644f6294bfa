package io.falbench.strategy;

import io.falbench.model.Predictions;

/**
 * What a strategy sees when it picks queries: the candidate samples (training-set indices) and, when the
 * strategy needs them, the query model's predictions for those candidates, row i for candidate i.
 */
public record QueryInput(int[] candidates, Predictions predictions) {

    public QueryInput {
        if (predictions != null && predictions.size() != candidates.length) {
            throw new IllegalArgumentException(candidates.length + " candidates but predictions for "
                    + predictions.size());
        }
    }

    public int size() {
        return candidates.length;
    }
}
