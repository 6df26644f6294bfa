package io.falbench.experiment;

import io.falbench.datasets.ImageSet;
import io.falbench.fl.Communication;
import io.falbench.fl.Federation;
import io.falbench.fl.FederatedTraining;
import io.falbench.fl.FederationSettings;
import io.falbench.fl.client.Client;
import io.falbench.fl.server.Server;
import io.falbench.kernels.Kernels;
import io.falbench.mode.FalMode;
import io.falbench.mode.LocalModels;
import io.falbench.mode.ModeRegistry;
import io.falbench.mode.QueryContext;
import io.falbench.mode.QueryDiagnostics;
import io.falbench.mode.Quotas;
import io.falbench.mode.Topology;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import io.falbench.partition.Partition;
import io.falbench.partition.Partitioners;
import io.falbench.runtime.Seeds;
import io.falbench.strategy.QueryInput;
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
 * The federated active-learning loop of one cell: partition (and corrupted clients), random initial labels (equal per
 * client), then per AL round: training (FedAvg; pooled for the centralized bound; each client alone for the
 * client-alone bound), evaluation on the global test set, and the mode's query step, until the last round.
 */
public final class CellRunner {

    private final Protocol protocol;
    private final PreparedData data;
    private final RunEnvironment environment;
    private final Kernels kernels;

    public CellRunner(Protocol protocol, PreparedData data, RunEnvironment environment, Kernels kernels) {
        this.protocol = protocol;
        this.data = data;
        this.environment = environment;
        this.kernels = kernels;
    }

    public CellResult run(Cell cell, ProgressListener progress) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        long root = Seeds.root(protocol.integer("seed"), cell.seed());
        int numClasses = data.numClasses();
        FalMode mode = ModeRegistry.create(cell.mode(), kernels, new ModeRegistry.Options(
                protocol.decimal("fairfal.delta"), protocol.decimal("fairfal.kappa"),
                protocol.integer("fal_global.refine_rounds")));
        QueryStrategy strategy = mode.ownsQueryRule() ? null : StrategyRegistry.create(cell.strategy(), kernels);
        Partition partition = Partitioners.parse(cell.partition()).split(data.train(), numClasses,
                protocol.integer("clients"), Seeds.stream(root, "partition", cell.partition().hashCode()));
        int corrupted = protocol.integer("corrupt.clients");
        ImageSet train = Corruption.apply(data.train(), partition, corrupted, protocol.integer("corrupt.severity"),
                Seeds.derive(root, "corruption"));
        if (mode.topology() == Topology.CENTRALIZED) {
            partition = new Partition(new int[][] {IntStream.range(0, train.size()).toArray()});
            corrupted = 0;
        }
        Federation federation = Federation.of(train, partition, numClasses);
        labelInitialSamples(federation, root);

        Architecture architecture = Architecture.parse(protocol.string("model"));
        TrainingSettings local = localSettings();
        LocalModels localModels = new LocalModels(architecture, train.channels(), train.height(), train.width(),
                numClasses, local, protocol.integer("local.max_epochs"), protocol.decimal("local.target_accuracy"),
                protocol.integer("local.finetune_epochs"));
        FederationSettings federationSettings = new FederationSettings(protocol.integer("fl.rounds"), local,
                protocol.integer("train.lr_decay_round"), (float) protocol.decimal("train.lr_decay_factor"));
        int alRounds = protocol.integer("al.rounds");
        int queryBudget = protocol.count("al.query", train.size());
        List<RoundResult> rounds = new ArrayList<>();
        Map<String, Double> phases = new LinkedHashMap<>(Map.of("train", 0.0, "query", 0.0, "evaluate", 0.0));
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
                Communication communication = new Communication();
                Weights global = null;
                List<Weights> clientModels = List.of();
                if (mode.topology() == Topology.ISOLATED) {
                    clientModels = new ArrayList<>();
                    for (Client client : federation.clients()) {
                        clientModels.add(localModels.fromScratch(client, network,
                                Seeds.derive(root, "alone", round, client.id())));
                    }
                } else {
                    FederatedTraining.run(network, new Server(network.weights()), federation.clients(),
                            federationSettings, Seeds.stream(root, "train", round), communication);
                    global = network.weights();
                }
                long t1 = System.nanoTime();
                Evaluation evaluation = Evaluation.of(network, data.test(), numClasses,
                        global != null ? List.of(global) : clientModels);
                long t2 = System.nanoTime();
                int labelled = federation.labelled();
                int[] labelledPerClass = federation.labelledPerClass();
                int[] labelledPerClient = federation.labelledPerClient();
                int[][] perClientPerClass = federation.clients().stream()
                        .map(c -> c.labelledClassCounts(numClasses)).toArray(int[][]::new);
                int[] spent = new int[federation.clients().size()];
                QueryDiagnostics diagnostics = new QueryDiagnostics(federation.clients().size());
                Map<String, Double> scalars = new LinkedHashMap<>();
                if (round < alRounds) {
                    int[] quotas = Quotas.split(protocol.string("al.quota"), queryBudget,
                            federation.unlabelledPerClient());
                    QueryContext context = new QueryContext(federation, network, global, clientModels, strategy,
                            quotas, round, Seeds.derive(root, "query", round), localModels, communication,
                            diagnostics);
                    int[][] chosen = mode.query(context);
                    spent = federation.acquire(chosen, quotas, mode.keepsQuotas());
                    scalars.put("corrupted_query_share", QueryAnalysis.corruptedShare(spent, corrupted));
                    if (global != null) {
                        scalars.put("near_duplicate_pairs", (double) nearDuplicates(federation, network, global, chosen));
                    }
                }
                long t3 = System.nanoTime();
                scalars.putAll(diagnostics.scalars());
                RoundResult result = new RoundResult(round, labelled, (double) labelled / train.size(),
                        evaluation.metrics().accuracy(), evaluation.metrics().balancedAccuracy(),
                        evaluation.metrics().macroF1(), evaluation.accuracySpread(), labelledPerClass,
                        labelledPerClient, perClientPerClass, spent, communication.bytesUp(),
                        communication.bytesDown(), seconds(t1 - t0), seconds(t3 - t2), seconds(t2 - t1),
                        diagnostics.perClient(), scalars);
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

    private void labelInitialSamples(Federation federation, long root) {
        int initial = protocol.count("al.initial", federation.train().size());
        int[] quotas = Quotas.equal(initial, federation.unlabelledPerClient());
        for (Client client : federation.clients()) {
            int[] candidates = client.pool().unlabelled();
            int[] picks = new RandomSampling().select(QueryInput.unscored(candidates), quotas[client.id()],
                    Seeds.stream(root, "initial", client.id()));
            client.acquire(IntStream.of(picks).map(p -> candidates[p]).toArray(), federation.oracle());
        }
    }

    private long nearDuplicates(Federation federation, Network network, Weights global, int[][] chosen) {
        network.setWeights(global);
        List<Predictions> queried = new ArrayList<>();
        for (int k = 0; k < chosen.length; k++) {
            queried.add(federation.clients().get(k).predict(network, chosen[k]));
        }
        return QueryAnalysis.nearDuplicatePairs(queried, protocol.decimal("diagnostics.duplicate_cosine"));
    }

    private TrainingSettings localSettings() {
        return new TrainingSettings(protocol.integer("fl.local_epochs"),
                protocol.integer("train.batch_size"), (float) protocol.decimal("train.lr"),
                (float) protocol.decimal("train.momentum"), (float) protocol.decimal("train.weight_decay"),
                protocol.bool("train.horizontal_flip"));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
