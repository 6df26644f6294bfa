package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import java.util.List;

/** The federated server: it holds only the global weights and aggregates the clients' updates with FedAvg. */
public final class Server {

    private Weights global;

    public Server(Weights initial) {
        this.global = initial;
    }

    public Weights globalWeights() {
        return global;
    }

    public void aggregate(List<ModelUpdate> updates) {
        global = FedAvg.aggregate(updates);
    }
}
