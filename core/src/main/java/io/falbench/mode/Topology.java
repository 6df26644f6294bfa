package io.falbench.mode;

/** How a mode's clients train: one federation (FedAvg), all data pooled in one place, or each client alone. */
public enum Topology {
    /** FedAvg over the K clients. */
    FEDERATED,
    /** Upper bound: every sample in one client, the same strategy and budget. */
    CENTRALIZED,
    /** Lower bound: each client trains and queries alone; accuracy is the mean over clients. */
    ISOLATED
}
