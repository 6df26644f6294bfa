package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import java.util.List;

/** The federated server: it holds only the global weights and aggregates the clients' updates (FedAvg by default). */
public final class Server {

    private final Aggregation aggregation;
    private Weights global;

    public Server(Weights initial) {
        this(initial, (current, updates) -> FedAvg.aggregate(updates));
    }

    public Server(Weights initial, Aggregation aggregation) {
        this.global = initial;
        this.aggregation = aggregation;
    }

    public Weights globalWeights() {
        return global;
    }

    public void aggregate(List<ModelUpdate> updates) {
        global = aggregation.aggregate(global, updates);
    }
}
