package io.falbench.experiment;

/**
 * One AL round of one cell: the global model's test metrics after federated training on the labels held at that
 * point, and what the round cost. Round 0 is the initial labelled set; the query that follows a round is recorded
 * in the next one ({@code queriedPerClient}).
 */
public record RoundResult(
        int round,
        int labelled,
        double labelledFraction,
        double accuracy,
        double balancedAccuracy,
        double macroF1,
        int[] labelledPerClass,
        int[] labelledPerClient,
        int[] queriedPerClient,
        long bytesUp,
        long bytesDown,
        double trainSeconds,
        double querySeconds,
        double evalSeconds) {
}
