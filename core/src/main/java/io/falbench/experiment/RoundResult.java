package io.falbench.experiment;

import java.util.Map;

/**
 * One AL round of one cell: the test metrics of the model(s) trained on the labels held at that point, and what the
 * round cost and chose. Round 0 is the initial labelled set. {@code queriedPerClient}, {@code querySeconds} and the
 * diagnostics describe the query step that follows this round's evaluation (none after the last round). For the
 * client-alone bound, the metrics are the mean over the clients' own models and {@code accuracySpread} their standard
 * deviation (0 otherwise).
 *
 * @param labelledPerClientPerClass labels held, client by class
 * @param clientDiagnostics         per-client values of the mode (e.g. FairFAL's query model and d_k)
 * @param diagnostics               round scalars: budget share of corrupted clients, near-duplicate queries across
 *                                  clients, the mode's own (e.g. FairFAL's gamma_bar)
 */
public record RoundResult(
        int round,
        int labelled,
        double labelledFraction,
        double accuracy,
        double balancedAccuracy,
        double macroF1,
        double accuracySpread,
        int[] labelledPerClass,
        int[] labelledPerClient,
        int[][] labelledPerClientPerClass,
        int[] queriedPerClient,
        long bytesUp,
        long bytesDown,
        double trainSeconds,
        double querySeconds,
        double evalSeconds,
        Map<String, double[]> clientDiagnostics,
        Map<String, Double> diagnostics) {
}
