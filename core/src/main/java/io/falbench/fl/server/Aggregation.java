package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import java.util.List;

/**
 * How the server turns the clients' updates of one communication round into the next global model. FedAvg today;
 * FedProx (same aggregation, proximal term on the clients) and SCAFFOLD (control variates in the messages) plug in
 * here and in the training exchange, without touching the modes.
 */
@FunctionalInterface
public interface Aggregation {

    Weights aggregate(Weights global, List<ModelUpdate> updates);
}
