package io.falbench.mode;

import io.falbench.fl.client.ClientObjective;

/** Who queries, with which model, and where diversity is computed, in one AL round of a federation. */
public interface FalMode {

    /** The training-set indices each client sends to the oracle this round (row k for client k). */
    int[][] query(QueryContext context);

    /** What the mode carries from one AL round to the next (checkpointed with the cell); empty for most modes. */
    default java.util.Map<String, Double> state() {
        return java.util.Map.of();
    }

    /** Restores what {@link #state()} returned, when a cell resumes from a checkpoint. */
    default void restore(java.util.Map<String, Double> state) {
    }

    /**
     * Arrays the mode carries from one AL round to the next (CHASe's dormant samples and previous local models),
     * checkpointed with the cell beside the network's weights; empty for most modes.
     */
    default io.falbench.model.Weights arrays() {
        return new io.falbench.model.Weights(java.util.List.of(), java.util.List.of());
    }

    /** Restores what {@link #arrays()} returned, when a cell resumes from a checkpoint. */
    default void restoreArrays(io.falbench.model.Weights arrays) {
    }

    /**
     * Each client's quota in AL round {@code round}: the protocol's split of the round's budget ({@code split}) unless
     * the mode sets its own (CHASe's heterogeneous capacities); {@code unlabelled} per client, {@code seed} the
     * cell's (the same every round).
     */
    default int[] quotas(int round, int[] split, int[] unlabelled, long seed) {
        return split;
    }

    /** Whether every client spends exactly its quota (false: the round's total may go to any client). */
    default boolean keepsQuotas() {
        return true;
    }

    /** What the clients' local FedAvg training minimises (plain cross-entropy unless the mode brings its own). */
    default ClientObjective clientObjective() {
        return ClientObjective.CROSS_ENTROPY;
    }

    default Topology topology() {
        return Topology.FEDERATED;
    }
}
