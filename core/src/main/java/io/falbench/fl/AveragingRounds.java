package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.LocalJob;
import io.falbench.fl.message.GlobalModel;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.fl.server.Server;
import io.falbench.model.DriftCorrection;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.Map;

/**
 * FedAvg's exchange (McMahan et al., AISTATS 2017): the global model down, each client's weights and labelled count up,
 * the server's aggregation of them. Under FedProx each client's local objective also carries the proximal term around
 * the model it received.
 */
final class AveragingRounds implements FederatedOptimizer.Rounds<GlobalModel, ModelUpdate> {

    private final Server server;
    private final Float mu;

    /** @param mu FedProx's proximal weight, or null for FedAvg's plain local SGD */
    AveragingRounds(Server server, Float mu) {
        this.server = server;
        this.mu = mu;
    }

    @Override
    public GlobalModel configure(int client) {
        return new GlobalModel(server.globalWeights());
    }

    @Override
    public ModelUpdate work(Client client, GlobalModel model, LocalJob job, Network network) {
        Weights start = model.weights();
        client.train(network, start, job, mu == null ? DriftCorrection.NONE : DriftCorrection.proximal(start, mu));
        return client.update();
    }

    @Override
    public void aggregate(Map<Integer, ModelUpdate> replies) {
        server.aggregate(new ArrayList<>(replies.values()));
    }
}
