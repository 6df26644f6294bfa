package io.falbench.mode;

import io.falbench.runtime.Seeds;
import io.falbench.fl.client.Client;
import io.falbench.model.Weights;

/** FAL-Local (Dataiku study): the federated model fine-tuned on the client's labels, then the client queries with it. */
public record LocalFineTunedQuery() implements FalMode {

    @Override
    public String name() {
        return "fal-local";
    }

    @Override
    public int[][] query(QueryContext context) {
        int[][] chosen = new int[context.federation().clients().size()][];
        for (int k = 0; k < chosen.length; k++) {
            Client client = context.federation().clients().get(k);
            Weights tuned = context.localModels().fineTuned(client, context.network(), context.global(),
                    Seeds.derive(context.localSeed(), "fine-tune", k));
            chosen[k] = ClientQuery.select(context, client, tuned, context.quotas()[k], context.randomFor(k));
        }
        return chosen;
    }
}
