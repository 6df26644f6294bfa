package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.Weights;
import java.util.List;

/** FAL-Local (Dataiku study): the federated model fine-tuned on the client's labels, then the client queries with it. */
public record LocalFineTunedQuery() implements FalMode {

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        List<Weights> tuned = context.fineTunedModels(clients);
        return ClientQuery.selectEach(context, tuned::get);
    }
}
