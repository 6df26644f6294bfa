package io.falbench.fl;

import io.falbench.fl.server.Server;
import io.falbench.fl.server.ServerControl;
import io.falbench.model.Network;
import io.falbench.settings.Key;

/**
 * SCAFFOLD (Karimireddy et al., ICML 2020) with option II's control variates, as FairFAL's and LoGo's
 * {@code fl_methods/scaffold.py} run it: the server sends x and c; each client's local SGD (momentum and weight decay
 * as FedAvg's) subtracts lr (c - c_i) after every step, then sets c_i+ = c_i - c + (x - y_i) / (K lr), K its steps
 * (the sum of the steps' rates where the rate changes within the training), and sends y_i and c_i+ - c_i; the server
 * moves x by {@code serverLearningRate} towards the sample-weighted mean of the y_i (FedAvg's at 1, the reference's
 * rule) and c by the sum of the changes over N, the number of clients. Control variates start at zero with every
 * federated training (one AL round: the reference builds them anew in {@code train_test}) and cover the parameters SGD
 * trains.
 *
 * @param serverLearningRate the server's step size eta_g
 * @param baseRateSteps      quirk {@code scaffold-base-lr}: K x train.lr, the undecayed rate, in c_i's update
 * @param participantMean    quirk {@code scaffold-participant-mean}: c moves by the participants' mean change
 * @param runningStatistics  quirk {@code scaffold-running-stats}: control variates cover BatchNorm's running statistics
 */
public record Scaffold(double serverLearningRate, boolean baseRateSteps, boolean participantMean,
                       boolean runningStatistics) implements FederatedOptimizer {

    public static final Key<Double> SERVER_LR = Key.positive("scaffold.server_lr", "1", 100,
            "SCAFFOLD's server step size eta_g: x += eta_g (mean of the clients' weights - x), the mean weighted by"
                    + " labelled counts (1: FedAvg's mean, as the reference); read with fl.algorithm = scaffold");

    public Scaffold {
        if (!(serverLearningRate > 0)) {
            throw new IllegalArgumentException("SCAFFOLD's server learning rate must be positive, got "
                    + serverLearningRate);
        }
    }

    /** The paper's rule, no quirk. */
    public Scaffold(double serverLearningRate) {
        this(serverLearningRate, false, false, false);
    }

    @Override
    public Rounds<?, ?> begin(Server server, int numClients, Network network, FederationSettings settings) {
        ServerControl control = new ServerControl(runningStatistics ? server.globalWeights()
                : server.globalWeights().only(network.trainedParameters()));
        return new ScaffoldRounds(this, server, control, numClients, settings.local().learningRate());
    }
}
