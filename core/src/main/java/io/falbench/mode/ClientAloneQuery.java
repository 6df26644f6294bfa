package io.falbench.mode;

/**
 * Client-alone lower bound: each client trains its own model on its own labels and queries with it; accuracy is
 * the mean (and spread) over the clients' models on the global test set.
 */
public record ClientAloneQuery() implements FalMode {

    @Override
    public Topology topology() {
        return Topology.ISOLATED;
    }

    @Override
    public int[][] query(QueryContext context) {
        return ClientQuery.selectEach(context, context.clientModels()::get);
    }
}
