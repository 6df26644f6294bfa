package io.falbench.mode;

/** Who queries, with which model, and where diversity is computed, in one AL round of a federation. */
public interface FalMode {

    String name();

    /** The training-set indices each client sends to the oracle this round (row k for client k). */
    int[][] query(QueryContext context);

    /** Whether every client spends exactly its quota (false: the round's total may go to any client). */
    default boolean keepsQuotas() {
        return true;
    }


    default Topology topology() {
        return Topology.FEDERATED;
    }
}
