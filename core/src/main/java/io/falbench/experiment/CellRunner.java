package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.Channel;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.FederatedTraining;
import io.falbench.fl.Federation;
import io.falbench.fl.RoundObserver;
import io.falbench.fl.client.Client;
import io.falbench.fl.server.Server;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.mode.FalMode;
import io.falbench.mode.LocalModels;
import io.falbench.mode.QueryContext;
import io.falbench.mode.QueryDiagnostics;
import io.falbench.mode.Quotas;
import io.falbench.mode.Topology;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.LocalSchedule;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.partition.Partition;
import io.falbench.partition.Partitioners;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import io.falbench.quirks.Quirks;
import io.falbench.runtime.NativeHeap;
import io.falbench.runtime.NativeThreads;
import io.falbench.runtime.NumericalFailure;
import io.falbench.runtime.Seeds;
import io.falbench.strategy.EmbeddingsFile;
import io.falbench.strategy.QueryInput;
import io.falbench.strategy.QueryStrategy;
import io.falbench.strategy.RandomSampling;
import io.falbench.strategy.StrategyRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The federated active-learning loop of one cell, as named steps: set up (partition, corrupted clients, random
 * initial labels equal per client), then per AL round train (FedAvg; pooled for the centralized bound; each client
 * alone for the client-alone bound), evaluate on the global test set, query (the mode's step), and record.
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

    /** The models one round trained: the global weights (federated topologies) or each client's own. */
    private record Trained(Weights global, List<Weights> clientModels, Channel channel, List<TracePoint> trace,
                           double traceSeconds) {
    }

    /** What one query step chose and saw. */
    private record Queried(int[] spent, QueryDiagnostics diagnostics, Map<String, Double> scalars) {
    }

    public CellResult run(Cell cell, ProgressListener progress) {
        return run(cell, progress, Checkpoints.NONE);
    }

    /**
     * Runs the cell from its last checkpoint (if {@code checkpoints} holds one of this configuration) or from the
     * start, checkpointing after every AL round. A numerical failure stops the cell with the rounds finished before.
     */
    public CellResult run(Cell cell, ProgressListener progress, Checkpoints checkpoints) {
        long started = System.nanoTime();
        Network.prepareThread();
        int alRounds = protocol.activeLearning().rounds();
        List<RoundResult> rounds = new ArrayList<>();
        Map<String, Double> phases = new LinkedHashMap<>(Map.of("train", 0.0, "query", 0.0, "evaluate", 0.0));
        String startedAt = Instant.now().toString();
        double earlierSeconds = 0;
        int first = 0;
        String failure = null;
        CellState state = setUp(cell);
        try (state) {
            Optional<Checkpoints.Resume> resume = Checkpoints.findQuietly(checkpoints, cell)
                    .filter(r -> r.checkpoint().configFingerprint().equals(protocol.fingerprint()));
            if (resume.isPresent()) {
                Checkpoint checkpoint = resume.get().checkpoint();
                restore(state, resume.get());
                rounds.addAll(checkpoint.rounds());
                phases.putAll(checkpoint.phaseSeconds());
                startedAt = checkpoint.startedAt();
                earlierSeconds = checkpoint.wallSeconds();
                first = checkpoint.nextRound();
            }
            int round = first;
            try {
                for (; round <= alRounds; round++) {
                    RoundResult result = round(state, round, alRounds);
                    phases.merge("train", result.timings().trainSeconds(), Double::sum);
                    phases.merge("evaluate", result.timings().evalSeconds(), Double::sum);
                    phases.merge("query", result.timings().querySeconds(), Double::sum);
                    rounds.add(result);
                    if (round < alRounds) {
                        checkpoint(checkpoints, state, round, rounds, phases, startedAt,
                                earlierSeconds + seconds(System.nanoTime() - started));
                    }
                    NativeHeap.trim();
                    progress.roundFinished(cell, result, alRounds + 1);
                }
            } catch (NumericalFailure e) {
                failure = "AL round " + round + ": " + e.getMessage();
            }
        }
        Federation federation = state.federation;
        if (federation.oracle().queries() != federation.labelled()) {
            throw new IllegalStateException("oracle answered " + federation.oracle().queries() + " queries for "
                    + federation.labelled() + " labelled samples");
        }
        Provenance provenance = environment.provenance(protocol, state.root, data, startedAt,
                earlierSeconds + seconds(System.nanoTime() - started), phases, first);
        return new CellResult(cell, protocol.fingerprint(), List.copyOf(rounds), provenance, failure);
    }

    /** One AL round: train, evaluate, query (not after the last round), record. */
    private RoundResult round(CellState state, int round, int alRounds) {
        long t0 = System.nanoTime();
        Trained trained = train(state, round, round == 0 || round == alRounds);
        long t1 = System.nanoTime();
        Evaluation evaluation = evaluate(state, trained);
        long t2 = System.nanoTime();
        double traced = trained.traceSeconds();
        LabelCounts held = labelCounts(state, new int[state.numClients()]);
        Queried queried = round < alRounds ? query(state, trained, round)
                : new Queried(new int[state.numClients()], new QueryDiagnostics(state.numClients()), Map.of());
        long t3 = System.nanoTime();
        return record(round, evaluation, held, queried, trained,
                new Timings(seconds(t1 - t0) - traced, seconds(t2 - t1) + traced, seconds(t3 - t2)));
    }

    private void checkpoint(Checkpoints checkpoints, CellState state, int round, List<RoundResult> rounds,
                            Map<String, Double> phases, String startedAt, double wallSeconds) {
        boolean warm = !protocol.federation().reinit();
        Weights arrays = CheckpointArrays.pack(warm ? state.network.weights() : null, state.mode.arrays());
        int[][] labelled = state.federation.clients().stream().map(c -> c.pool().labelled()).toArray(int[][]::new);
        Checkpoint checkpoint = new Checkpoint(state.cell.id(), protocol.fingerprint(), round + 1, List.copyOf(rounds),
                labelled, state.mode.state(), Map.copyOf(phases), startedAt, wallSeconds, arrays != null);
        try {
            checkpoints.saveCheckpoint(state.cell, checkpoint, arrays);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the checkpoint of " + state.cell.id() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Labels the samples the checkpoint's clients held beyond the initial ones; restores the mode and the network. */
    private void restore(CellState state, Checkpoints.Resume resume) {
        Checkpoint checkpoint = resume.checkpoint();
        List<Client> clients = state.federation.clients();
        if (checkpoint.labelledPerClient().length != clients.size()) {
            throw new IllegalStateException("checkpoint of " + state.cell.id() + " has "
                    + checkpoint.labelledPerClient().length + " clients, the cell " + clients.size());
        }
        for (Client client : clients) {
            int[] more = IntStream.of(checkpoint.labelledPerClient()[client.id()])
                    .filter(sample -> !client.pool().isLabelled(sample)).toArray();
            client.acquire(more, state.federation.oracle());
        }
        state.mode.restore(checkpoint.modeState());
        state.mode.restoreArrays(CheckpointArrays.mode(resume.weights()));
        Weights network = CheckpointArrays.network(resume.weights());
        if (network != null) {
            state.network = Network.create(state.spec, Seeds.derive(state.torchRoot, "init", 0));
            state.network.setWeights(network);
        }
    }

    /** Mode and strategy, partition, corrupted clients, the federation and its random initial labels. */
    private CellState setUp(Cell cell) {
        long root = Seeds.root(protocol.run().seed(), cell.seed());
        int numClasses = data.numClasses();
        FalMode mode = ModeRegistry.create(cell.mode(), kernels, protocol.options());
        QueryStrategy strategy = ModeRegistry.ownsQueryRule(cell.mode()) ? null
                : StrategyRegistry.create(cell.strategy(), kernels, protocol.options());
        long partitionRoot = protocol.federation().fixedPartition() ? Seeds.root(protocol.run().seed(), 0) : root;
        TrainViews views = data.views(cell.seed());
        Partition partition = Partitioners.parse(cell.partition(), protocol.options()).split(views.train(),
                numClasses, protocol.federation().clients(),
                Seeds.stream(partitionRoot, "partition", cell.partition().hashCode()));
        int corrupted = protocol.data().corruptedClients();
        ImageSet train = Corruption.apply(views.train(), partition, corrupted, protocol.data().corruptionSeverity(),
                Seeds.derive(root, "corruption"));
        ImageSet query = views.separate() ? Corruption.apply(views.query(), partition, corrupted,
                protocol.data().corruptionSeverity(), Seeds.derive(root, "corruption")) : train;
        if (mode.topology() == Topology.CENTRALIZED) {
            partition = new Partition(new int[][] {IntStream.range(0, train.size()).toArray()});
            corrupted = 0;
        }
        Embeddings embeddings = strategy != null && EmbeddingsFile.readBy(cell.strategy())
                ? data.embeddings(cell.seed()).orElse(null) : null;
        Federation federation = Federation.of(train, query, embeddings, partition, numClasses);
        labelInitialSamples(federation, root);
        federation.clients().forEach(Client::markFirstRound);
        NetworkSpec spec = new NetworkSpec(protocol.training().architecture(), train.channels(), train.height(),
                train.width(), numClasses, protocol.data().normalization(), protocol.training().initialization(),
                protocol.training().memoryFormat(), protocol.training().dropout(), protocol.training().precision());
        var local = protocol.localModels();
        LocalSchedule schedule = new LocalSchedule(local.lrMilestone(), 0.1f,
                protocol.run().quirks().contains(Quirks.LOCAL_LR_PER_STEP));
        LocalModels localModels = new LocalModels(spec, protocol.training().local(protocol.federation().localEpochs()),
                local.maxEpochs(), local.stop(), local.fineTuneEpochs(), schedule, local.sharedInit());
        long torchRoot = protocol.run().quirks().contains(Quirks.TORCH_RESEED)
                ? Seeds.root(protocol.run().seed(), 0) : root;
        return new CellState(cell, root, torchRoot, mode, strategy, train, federation, corrupted, spec, localModels,
                protocol.federation().schedule(protocol.training()),
                protocol.activeLearning().query().of(train.size()),
                ClientWorkers.of(protocol.run().clientWorkers(), NativeThreads.configured(), spec));
    }

    private void labelInitialSamples(Federation federation, long root) {
        int initial = protocol.activeLearning().initial().of(federation.train().size());
        int[] quotas = Quotas.split(protocol.activeLearning().initialQuota(), initial,
                federation.unlabelledPerClient(), federation.sizesPerClient());
        for (Client client : federation.clients()) {
            int[] candidates = client.pool().unlabelled();
            int[] picks = new RandomSampling().select(QueryInput.unscored(candidates), quotas[client.id()],
                    Seeds.stream(root, "initial", client.id()));
            client.acquire(IntStream.of(picks).map(p -> candidates[p]).toArray(), federation.oracle());
        }
    }

    /**
     * A fresh (or warm-started) network, then FedAvg, or each client alone for the client-alone bound; with
     * {@code fl.trace_every} set and {@code traced}, the test accuracy along the FedAvg rounds.
     */
    private Trained train(CellState state, int round, boolean traced) {
        if (state.network == null || protocol.federation().reinit()) {
            state.closeNetwork();
            state.network = Network.create(state.spec, Seeds.derive(state.torchRoot, "init", round));
        }
        Channel channel = new Channel();
        if (state.mode.topology() == Topology.ISOLATED) {
            List<Weights> clientModels = state.localModels.fromScratch(state.federation.clients(), state.network,
                    client -> Seeds.derive(state.torchRoot, "alone", round, client), state.workers);
            return new Trained(null, clientModels, channel, List.of(), 0);
        }
        int every = protocol.federation().traceEvery();
        int fedRounds = state.schedule.rounds();
        List<TracePoint> trace = new ArrayList<>();
        long[] traceNanos = {0};
        RoundObserver observer = every == 0 || !traced ? RoundObserver.NONE : (fedRound, global) -> {
            if ((fedRound + 1) % every == 0 || fedRound == fedRounds - 1) {
                long start = System.nanoTime();
                trace.add(new TracePoint(fedRound + 1, Evaluation.of(state.network, data.test(), data.numClasses(),
                        List.of(global)).metrics().accuracy()));
                traceNanos[0] += System.nanoTime() - start;
            }
        };
        FederatedTraining.run(state.network, new Server(state.network.weights()), state.federation.clients(),
                state.schedule, state.mode.clientObjective(), Seeds.stream(state.torchRoot, "train", round),
                Seeds.stream(state.root, "participation", round), channel, observer, state.workers);
        return new Trained(state.network.weights(), List.of(), channel, trace, seconds(traceNanos[0]));
    }

    private Evaluation evaluate(CellState state, Trained trained) {
        return Evaluation.of(state.network, data.test(), data.numClasses(),
                trained.global() != null ? List.of(trained.global()) : trained.clientModels(), state.workers);
    }

    /** The mode picks, the oracle labels, the simulator measures what was picked. */
    private Queried query(CellState state, Trained trained, int round) {
        Federation federation = state.federation;
        int[] quotas = state.mode.quotas(round, Quotas.split(protocol.activeLearning().quota(), state.queryBudget,
                federation.unlabelledPerClient(), federation.sizesPerClient()), federation.unlabelledPerClient(),
                Seeds.derive(state.root, "capacity"));
        QueryDiagnostics diagnostics = new QueryDiagnostics(state.numClients());
        QueryContext context = new QueryContext(federation, state.network, trained.global(), trained.clientModels(),
                state.strategy, state.strategy == null ? List.of() : StrategyRegistry.needs(state.cell.strategy()),
                quotas, round, Seeds.derive(state.root, "query", round),
                Seeds.derive(state.torchRoot, "query", round), state.localModels,
                trained.channel(), diagnostics, state.workers);
        int[][] chosen = state.mode.query(context);
        int[] spent = federation.acquire(chosen, quotas, state.mode.keepsQuotas());
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put(RoundDiagnostics.CORRUPTED_QUERY_SHARE,
                QueryAnalysis.corruptedShare(spent, state.corruptedClients));
        if (trained.global() != null) {
            scalars.put(RoundDiagnostics.NEAR_DUPLICATE_PAIRS,
                    (double) nearDuplicates(state, trained.global(), chosen));
        }
        return new Queried(spent, diagnostics, scalars);
    }

    private LabelCounts labelCounts(CellState state, int[] queried) {
        Federation federation = state.federation;
        int labelled = federation.labelled();
        int[][] perClientPerClass = federation.clients().stream()
                .map(c -> c.labelledClassCounts(data.numClasses())).toArray(int[][]::new);
        return new LabelCounts(labelled, (double) labelled / state.train.size(), federation.labelledPerClass(),
                federation.labelledPerClient(), perClientPerClass, queried);
    }

    private static RoundResult record(int round, Evaluation evaluation, LabelCounts held, Queried queried,
                                      Trained trained, Timings timings) {
        Channel channel = trained.channel();
        LabelCounts labels = new LabelCounts(held.labelled(), held.labelledFraction(), held.perClass(),
                held.perClient(), held.perClientPerClass(), queried.spent());
        Map<String, Double> scalars = new LinkedHashMap<>(queried.scalars());
        scalars.putAll(queried.diagnostics().scalars());
        return new RoundResult(round, evaluation, labels, new Costs(channel.bytesUp(), channel.bytesDown()), timings,
                new RoundDiagnostics(queried.diagnostics().perClient(), scalars), trained.trace());
    }

    private long nearDuplicates(CellState state, Weights global, int[][] chosen) {
        state.network.setWeights(global);
        List<Predictions> queried = new ArrayList<>();
        for (int k = 0; k < chosen.length; k++) {
            queried.add(state.federation.clients().get(k).predict(state.network, chosen[k]));
        }
        return QueryAnalysis.nearDuplicatePairs(queried, protocol.run().duplicateCosine());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
