package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.Weights;
import java.util.List;

/**
 * S-AL (Ahn et al. 2022, client-level separated active learning): each client queries with a model trained on its
 * own labels alone, while the federation still trains and is evaluated with FedAvg.
 */
public record SeparatedQuery() implements FalMode {

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        List<Weights> local = context.localOnlyModels(clients);
        return ClientQuery.selectEach(context, local::get);
    }
}
