package io.falbench.mode;

/** Who queries, with which model, and where diversity is computed, in one AL round of a federation. */
public interface FalMode {

    String name();

    /** The training-set indices each client sends to the oracle this round (row k for client k). */
    int[][] query(QueryRound round);
}
