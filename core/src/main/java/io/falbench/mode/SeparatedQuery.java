package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.Weights;

/**
 * S-AL (Ahn et al. 2022, client-level separated active learning): each client queries with a model trained on its
 * own labels alone, while the federation still trains and is evaluated with FedAvg.
 */
public record SeparatedQuery() implements FalMode {

    @Override
    public String name() {
        return "s-al";
    }

    @Override
    public int[][] query(QueryContext context) {
        int[][] chosen = new int[context.federation().clients().size()][];
        for (int k = 0; k < chosen.length; k++) {
            Client client = context.federation().clients().get(k);
            Weights local = context.localModels().localOnly(client, context.network(), context.localSeed());
            chosen[k] = ClientQuery.select(context, client, local, context.quotas()[k], context.randomFor(k));
        }
        return chosen;
    }
}
