package io.falbench.fl;

import io.falbench.fl.server.Server;
import io.falbench.model.Network;
import io.falbench.settings.Key;

/**
 * FedProx (Li et al., MLSys 2020): FedAvg whose clients minimise their local loss plus mu/2 ||w - w_global||^2 over
 * the parameters SGD trains, w_global the model the round sent; its gradient mu (w - w_global) joins every local step
 * before weight decay and momentum (FairFAL's and LoGo's {@code fl_methods/fedprox.py}). mu = 0 gives FedAvg's numbers.
 */
public record FedProx(double mu) implements FederatedOptimizer {

    public static final Key<Double> MU = Key.decimal("fedprox.mu", "0.01", 0, Double.POSITIVE_INFINITY,
            "FedProx's proximal weight mu: mu/2 x the squared distance from the global model, over the trained"
                    + " parameters, on each client's local objective (LoGo's --mu default 0.01); read with"
                    + " fl.algorithm = fedprox");

    public FedProx {
        if (!(mu >= 0)) {
            throw new IllegalArgumentException("FedProx's mu cannot be negative, got " + mu);
        }
    }

    @Override
    public Rounds<?, ?> begin(Server server, int numClients, Network network, FederationSettings settings) {
        return new AveragingRounds(server, (float) mu);
    }
}
