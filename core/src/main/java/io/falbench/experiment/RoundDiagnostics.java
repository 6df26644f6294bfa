package io.falbench.experiment;

import java.util.Map;

/**
 * What a round's query step looked like beyond its counts.
 *
 * @param perClient per-client values of the mode (e.g. FairFAL's query model and d_k)
 * @param scalars   budget share of corrupted clients, near-duplicate queries across clients, the mode's own (e.g.
 *                  FairFAL's gamma_bar)
 */
public record RoundDiagnostics(Map<String, double[]> perClient, Map<String, Double> scalars) {

    /** Scalar: the share of the round's queried labels that went to corrupted clients (a column of results.csv). */
    public static final String CORRUPTED_QUERY_SHARE = "corrupted_query_share";
    /** Scalar: near-duplicate pairs among the samples different clients queried (a column of results.csv). */
    public static final String NEAR_DUPLICATE_PAIRS = "near_duplicate_pairs";
}
