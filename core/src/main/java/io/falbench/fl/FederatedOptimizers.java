package io.falbench.fl;

import io.falbench.quirks.Quirks;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;

/**
 * The federated optimisers by name (protocol key {@code fl.algorithm}), each entry its one declaration: name,
 * description, the options it reads and the factory that makes it from a protocol's options (quirks included).
 */
public final class FederatedOptimizers {

    /** Makes an optimiser from a protocol's typed options. */
    @FunctionalInterface
    public interface Factory {
        FederatedOptimizer create(Options options);
    }

    public static final String FEDAVG_NAME = "fedavg";

    /** FedAvg (McMahan et al., AISTATS 2017): plain local SGD, the sample-weighted mean of the clients' weights. */
    public static final FederatedOptimizer FEDAVG = (server, numClients, network, settings) ->
            new AveragingRounds(server, null);

    public static final Registry<Factory> REGISTRY = new Registry<>("federated optimiser",
            Entry.<Factory>of(FEDAVG_NAME, "FedAvg: plain local SGD, sample-weighted mean of the clients' weights"
                    + " (McMahan et al. 2017)", o -> FEDAVG),
            Entry.<Factory>of("fedprox", "FedProx: FedAvg plus mu/2 ||w - w_global||^2 on each client's local"
                    + " objective (Li et al. 2020)", o -> new FedProx(o.get(FedProx.MU))).options(FedProx.MU),
            Entry.<Factory>of("scaffold", "SCAFFOLD: server and client control variates correct every local step,"
                    + " option II updates (Karimireddy et al. 2020)", o -> new Scaffold(o.get(Scaffold.SERVER_LR),
                    Quirks.on(o, Quirks.SCAFFOLD_BASE_LR), Quirks.on(o, Quirks.SCAFFOLD_PARTICIPANT_MEAN),
                    Quirks.on(o, Quirks.SCAFFOLD_RUNNING_STATS))).options(Scaffold.SERVER_LR));

    private FederatedOptimizers() {
    }

    public static FederatedOptimizer create(String name, Options options) {
        return REGISTRY.factory(name).create(options);
    }
}
