package io.falbench.protocol;

import io.falbench.fl.FederatedOptimizer;
import io.falbench.fl.FederatedOptimizers;
import io.falbench.fl.FederationSettings;
import io.falbench.fl.Participation;
import io.falbench.model.TrainingSettings;
import io.falbench.partition.Partitioners;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.List;
import java.util.Map;

/**
 * The federation: how many clients, how the data is split over them, and the federated training of one AL round (its
 * schedule and federated optimiser).
 */
public record FederationSection(int clients, List<String> partitions, int rounds, int localEpochs, boolean reinit,
                                boolean fixedPartition, double clientFraction, boolean allInLastRound,
                                boolean clientOptimizerPersistent, int traceEvery, String algorithm,
                                FederatedOptimizer optimizer) {

    static final Key<Integer> CLIENTS = Key.integer("clients", 10, 1, 100_000, "number of clients K");
    static final Key<List<String>> PARTITIONS = Key.names("partitions", "homogeneous",
            "partitions (homogeneous, dirichlet:ALPHA, dir-balance:ALPHA, dir-balance-logo:ALPHA,"
                    + " kmeans[:FRACTION], file:PATH, class-counts:PATH)",
            "how the training set is split over the clients, one cell group each", FederationSection::checkPartition);
    static final Key<Integer> ROUNDS = Key.integer("fl.rounds", 100, 1, 1_000_000,
            "FedAvg communication rounds per AL round");
    static final Key<Integer> LOCAL_EPOCHS = Key.integer("fl.local_epochs", 5, 1, 100_000,
            "local epochs per communication round");
    static final Key<Boolean> REINIT = Key.bool("fl.reinit", true,
            "re-initialise the global model every AL round (FairFAL) instead of warm-starting");

    static final Key<Boolean> FIXED_PARTITION = Key.choice("partition.seed", "fixed",
            List.of(Map.entry("fixed", true), Map.entry("cell", false)),
            "fixed: every seed of a cell shares seed 0's partition, as the reference (dir_balance seeded 0); cell:"
                    + " each seed draws its own");

    static final Key<Double> CLIENT_FRACTION = Key.positive("fl.client_fraction", "1", 1,
            "share of the clients that train in each FedAvg round, drawn from the federation's own seeded stream"
                    + " (KAFAL: 0.8)");
    static final Key<Boolean> ALL_IN_LAST_ROUND = Key.bool("fl.all_clients_last_round", true,
            "with fl.client_fraction < 1, the last FedAvg round of each AL round takes every client (KAFAL)");

    static final Key<Boolean> CLIENT_OPTIMIZER = Key.choice("fl.client_optimizer", "fresh",
            List.of(Map.entry("fresh", false), Map.entry("persistent", true)),
            "fresh: every client update starts its optimiser afresh (SGD with zero momentum: FairFAL, LoGo);"
                    + " persistent: a client's optimiser state (SGD's momentum, Adam's moments) carries over between the"
                    + " FedAvg rounds it takes part in, within an AL round (KAFAL, FEAL)");

    /** A diagnostic that changes no result: left out of the protocol's fingerprint. */
    static final Key<Integer> TRACE_EVERY = Key.integer("fl.trace_every", 0, 0, 1_000_000,
            "0: off; N: in the first and the last AL round, the global model's test accuracy after every N-th FedAvg"
                    + " round and the last (a convergence check: cells/*.json, report.md); changes no result");

    static final Key<String> ALGORITHM = Key.name("fl.algorithm", FederatedOptimizers.FEDAVG_NAME,
            "fedavg, fedprox or scaffold",
            "the federated optimiser of every communication round; the modes and the local-only models are unchanged",
            name -> FederatedOptimizers.REGISTRY.canonical(name));

    static final List<Key<?>> KEYS = List.of(CLIENTS, PARTITIONS, ROUNDS, LOCAL_EPOCHS, REINIT, FIXED_PARTITION,
            CLIENT_FRACTION, ALL_IN_LAST_ROUND, CLIENT_OPTIMIZER, TRACE_EVERY, ALGORITHM);

    static FederationSection from(Options o) {
        return new FederationSection(o.get(CLIENTS), o.get(PARTITIONS), o.get(ROUNDS), o.get(LOCAL_EPOCHS),
                o.get(REINIT), o.get(FIXED_PARTITION), o.get(CLIENT_FRACTION), o.get(ALL_IN_LAST_ROUND),
                o.get(CLIENT_OPTIMIZER), o.get(TRACE_EVERY), o.get(ALGORITHM),
                FederatedOptimizers.create(o.get(ALGORITHM), o));
    }

    /** The federated training of one AL round with {@code training}'s local settings and decay. */
    public FederationSettings schedule(TrainingSection training) {
        return new FederationSettings(rounds, training.local(localEpochs), training.lrDecay(),
                (float) training.lrDecayFactor(), new Participation(clientFraction, allInLastRound),
                training.lrDecayEpoch(), clientOptimizerPersistent, optimizer);
    }

    private static String checkPartition(String spec) {
        Partitioners.parse(spec);
        return spec;
    }
}
