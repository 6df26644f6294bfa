package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import java.util.List;

/**
 * How the server turns the clients' updates of one communication round into the next global model: FedAvg. The
 * federated optimisers (io.falbench.fl.FederatedOptimizer: FedProx's proximal term on the clients, SCAFFOLD's control
 * variates in the messages and server step size) change the training exchange around it, not the modes.
 */
@FunctionalInterface
public interface Aggregation {

    Weights aggregate(Weights global, List<ModelUpdate> updates);
}
