package io.falbench.mode;

/**
 * Centralized upper bound: every client's data pooled in one place (one client), trained and queried with the same
 * strategy and budget.
 */
public record CentralizedQuery() implements FalMode {

    @Override
    public Topology topology() {
        return Topology.CENTRALIZED;
    }

    @Override
    public int[][] query(QueryContext context) {
        return new FederatedQuery().query(context);
    }
}
