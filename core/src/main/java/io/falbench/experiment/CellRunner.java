package io.falbench.experiment;

import io.falbench.runtime.Seeds;
import io.falbench.datasets.ImageSet;
import io.falbench.fl.Communication;
import io.falbench.fl.FederatedTraining;
import io.falbench.fl.FederationSettings;
import io.falbench.fl.Federation;
import io.falbench.fl.server.Server;
import io.falbench.mode.FalMode;
import io.falbench.mode.ModeRegistry;
import io.falbench.mode.QueryRound;
import io.falbench.mode.Quotas;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.partition.Partitioners;
import io.falbench.strategy.QueryStrategy;
import io.falbench.strategy.RandomSampling;
import io.falbench.strategy.StrategyRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The federated active-learning loop of one cell: partition, random initial labels (equal per client), then per AL
 * round FedAvg training, evaluation on the global test set, and the mode's query step, until the last round.
 */
public final class CellRunner {

    private final Protocol protocol;
    private final PreparedData data;
    private final RunEnvironment environment;

    public CellRunner(Protocol protocol, PreparedData data, RunEnvironment environment) {
        this.protocol = protocol;
        this.data = data;
        this.environment = environment;
    }

    public CellResult run(Cell cell, ProgressListener progress) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        long root = Seeds.root(protocol.integer("seed"), cell.seed());
        ImageSet train = data.train();
        int numClasses = data.numClasses();
        int numClients = protocol.integer("clients");
        Federation federation = Federation.of(train, Partitioners.parse(cell.partition())
                .split(train, numClasses, numClients, Seeds.stream(root, "partition", cell.partition().hashCode())),
                numClasses);
        QueryStrategy strategy = StrategyRegistry.create(cell.strategy());
        FalMode mode = ModeRegistry.create(cell.mode());

        int initial = protocol.count("al.initial", train.size());
        int[] initialQuotas = Quotas.equal(initial, federation.unlabelledPerClient());
        for (int k = 0; k < numClients; k++) {
            var client = federation.clients().get(k);
            int[] candidates = client.pool().unlabelled();
            int[] picks = new RandomSampling().select(new io.falbench.strategy.QueryInput(candidates, null),
                    initialQuotas[k], Seeds.stream(root, "initial", k));
            client.acquire(IntStream.of(picks).map(p -> candidates[p]).toArray(), federation.oracle());
        }

        Architecture architecture = Architecture.parse(protocol.string("model"));
        FederationSettings federationSettings = federationSettings();
        int alRounds = protocol.integer("al.rounds");
        int queryBudget = protocol.count("al.query", train.size());
        List<RoundResult> rounds = new ArrayList<>();
        Map<String, Double> phases = new LinkedHashMap<>(Map.of("train", 0.0, "query", 0.0, "evaluate", 0.0));
        int[] queried = new int[numClients];
        Network network = null;
        try {
            for (int round = 0; round <= alRounds; round++) {
                long t0 = System.nanoTime();
                if (network == null || protocol.bool("fl.reinit")) {
                    if (network != null) {
                        network.close();
                    }
                    network = Network.create(architecture, train.channels(), train.height(), train.width(),
                            numClasses, Seeds.derive(root, "init", round));
                }
                Server server = new Server(network.weights());
                Communication communication = new Communication();
                FederatedTraining.run(network, server, federation.clients(), federationSettings,
                        Seeds.stream(root, "train", round), communication);
                long t1 = System.nanoTime();
                Metrics metrics = Metrics.of(data.test().labels(),
                        network.predict(data.test(), IntStream.range(0, data.test().size()).toArray())
                                .predictedClasses(), numClasses);
                long t2 = System.nanoTime();
                int labelled = federation.labelled();
                int[] labelledPerClass = federation.labelledPerClass();
                int[] labelledPerClient = federation.labelledPerClient();
                int[] queriedBefore = queried;
                if (round < alRounds) {
                    int[] quotas = Quotas.equal(queryBudget, federation.unlabelledPerClient());
                    int[][] chosen = mode.query(new QueryRound(federation.clients(), network, strategy, quotas,
                            Seeds.derive(root, "query", round)));
                    federation.acquire(chosen, quotas);
                    queried = quotas;
                }
                long t3 = System.nanoTime();
                RoundResult result = new RoundResult(round, labelled, (double) labelled / train.size(),
                        metrics.accuracy(), metrics.balancedAccuracy(), metrics.macroF1(), labelledPerClass,
                        labelledPerClient, queriedBefore, communication.bytesUp(), communication.bytesDown(),
                        seconds(t1 - t0), seconds(t3 - t2), seconds(t2 - t1));
                phases.merge("train", result.trainSeconds(), Double::sum);
                phases.merge("evaluate", result.evalSeconds(), Double::sum);
                phases.merge("query", result.querySeconds(), Double::sum);
                rounds.add(result);
                progress.roundFinished(cell, result, alRounds + 1);
            }
        } finally {
            if (network != null) {
                network.close();
            }
        }
        if (federation.oracle().queries() != federation.labelled()) {
            throw new IllegalStateException("oracle answered " + federation.oracle().queries() + " queries for "
                    + federation.labelled() + " labelled samples");
        }
        Provenance provenance = environment.provenance(protocol, root, data, startedAt,
                seconds(System.nanoTime() - started), phases);
        return new CellResult(cell, protocol.fingerprint(), List.copyOf(rounds), provenance);
    }

    private FederationSettings federationSettings() {
        TrainingSettings local = new TrainingSettings(protocol.integer("fl.local_epochs"),
                protocol.integer("train.batch_size"), (float) protocol.decimal("train.lr"),
                (float) protocol.decimal("train.momentum"), (float) protocol.decimal("train.weight_decay"),
                protocol.bool("train.horizontal_flip"));
        return new FederationSettings(protocol.integer("fl.rounds"), local, protocol.integer("train.lr_decay_round"),
                (float) protocol.decimal("train.lr_decay_factor"));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
