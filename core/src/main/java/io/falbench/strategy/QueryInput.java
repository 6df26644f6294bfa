package io.falbench.strategy;

import io.falbench.model.DropoutPredictions;
import io.falbench.model.LinearHead;
import io.falbench.model.Predictions;

/**
 * What a strategy sees when it picks queries: the candidate samples (training-set indices) and, when it needs them,
 * the query model's predictions for the candidates (row i for candidate i), for the client's labelled samples
 * with their true labels (fixed centres of IWKMeans, anchors of CoreSet), its linear head (ALFA-Mix), and its
 * Monte Carlo dropout predictions for the candidates (BALD).
 */
public record QueryInput(int[] candidates, Predictions predictions, int[] labelled, Predictions labelledPredictions,
                         int[] labelledLabels, LinearHead head, DropoutPredictions dropoutPredictions) {

    public QueryInput {
        if (predictions != null && predictions.size() != candidates.length) {
            throw new IllegalArgumentException(candidates.length + " candidates but predictions for "
                    + predictions.size());
        }
        if (labelledPredictions != null && labelledPredictions.size() != labelled.length) {
            throw new IllegalArgumentException(labelled.length + " labelled samples but predictions for "
                    + labelledPredictions.size());
        }
        if (dropoutPredictions != null && dropoutPredictions.size() != candidates.length) {
            throw new IllegalArgumentException(candidates.length + " candidates but dropout predictions for "
                    + dropoutPredictions.size());
        }
    }

    /** Without the dropout predictions. */
    public QueryInput(int[] candidates, Predictions predictions, int[] labelled, Predictions labelledPredictions,
                      int[] labelledLabels, LinearHead head) {
        this(candidates, predictions, labelled, labelledPredictions, labelledLabels, head, null);
    }

    /** Without the head and the dropout predictions. */
    public QueryInput(int[] candidates, Predictions predictions, int[] labelled, Predictions labelledPredictions,
                      int[] labelledLabels) {
        this(candidates, predictions, labelled, labelledPredictions, labelledLabels, null, null);
    }

    /** Candidates alone, for strategies that read no model output. */
    public static QueryInput unscored(int[] candidates) {
        return new QueryInput(candidates, null, new int[0], null, new int[0]);
    }

    /** Candidates with predictions, no labelled set. */
    public static QueryInput scored(int[] candidates, Predictions predictions) {
        return new QueryInput(candidates, predictions, new int[0], null, new int[0]);
    }

    /** The same input with the query model's linear head. */
    public QueryInput withHead(LinearHead linearHead) {
        return new QueryInput(candidates, predictions, labelled, labelledPredictions, labelledLabels, linearHead,
                dropoutPredictions);
    }

    /** The same input with the query model's Monte Carlo dropout predictions for the candidates. */
    public QueryInput withDropout(DropoutPredictions passes) {
        return new QueryInput(candidates, predictions, labelled, labelledPredictions, labelledLabels, head, passes);
    }

    public int size() {
        return candidates.length;
    }
}
