package io.falbench.mode;

/**
 * F-AL (Ahn et al. 2022, federated active learning with client-level queries): each client queries its own quota
 * from its unlabelled pool with the federated model.
 */
public record FederatedQuery() implements FalMode {

    @Override
    public int[][] query(QueryContext context) {
        return ClientQuery.selectEach(context, k -> context.global());
    }
}
