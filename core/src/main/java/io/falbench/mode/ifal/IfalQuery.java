package io.falbench.mode.ifal;

import io.falbench.fl.client.Client;
import io.falbench.kernels.Kernels;
import io.falbench.mode.FalMode;
import io.falbench.mode.QueryContext;
import io.falbench.model.EarlyStopping;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.strategy.Geometry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * IFAL (Zong, Jin and Huang, IJCAI 2025, "Inconsistency-Based Federated Active Learning"), as its official code runs it
 * (chenchenzong/IFAL {@code query_strategies/fal/ifal.py} {@code IFAL.query} at 39c3989). Each client queries with
 * three models: the global one; its own weights after its last local update of the round's federated training (the
 * reference saves every client's update of the last communication round, {@code main.py} lines 109-111, and loads it,
 * {@code ifal.py} lines 43-45; a client that never trained falls back to the global model); and a local-only model
 * distilled from the global one ({@code strategy.py} {@code training_local_only_KD}: from the round's fresh
 * initialisation, {@link io.falbench.model.KnowledgeDistillation} on its labels at 0.1 x the training rate, at most 500
 * epochs, {@link EarlyStopping} with patience 5). Each model's {@link ReverseNeighbours} probabilities feed the
 * {@link Inconsistency} criteria, and {@link IfalSelection} picks the client's quota. Everything runs on the client;
 * nothing crosses the channel beyond the federated training's own messages.
 *
 * @param lastEpochWeights the quirk {@code ifal-early-stop-last-weights}: the distilled model keeps its last epoch's
 *                         weights after an early stop, as the reference (its best weights are live tensors)
 */
public record IfalQuery(Kernels kernels, boolean lastEpochWeights) implements FalMode {

    /** The distilled local-only model's epoch limit ({@code finetune_ep = 500}, {@code strategy.py} line 292). */
    static final int DISTILLATION_EPOCHS = 500;
    /** Its learning rate over the training's ({@code lr=self.args.lr*0.1}, line 305). */
    static final float DISTILLATION_RATE = 0.1f;
    /** Its early stop's patience ({@code EarlyStopping(patience=5)}, line 308). */
    static final int PATIENCE = 5;

    /** Per-client diagnostic: which pass of {@link IfalSelection} picked the query (1, 2 or 3; 0 without a query). */
    public static final String SELECTION_PASS = "ifal.selection_pass";
    /** Per-client diagnostic: how many candidates passed the first Otsu filter. */
    public static final String CANDIDATES = "ifal.candidates";

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        List<Client> querying = clients.stream()
                .filter(c -> Math.min(context.quotas()[c.id()], c.pool().unlabelledCount()) > 0).toList();
        Weights[] distilled = new Weights[clients.size()];
        List<Weights> trained = context.localModels().distilled(querying, context.network(), context.global(),
                context.localSeed(), context.workers(), DISTILLATION_EPOCHS, DISTILLATION_RATE,
                new EarlyStopping(PATIENCE, lastEpochWeights));
        for (int i = 0; i < querying.size(); i++) {
            distilled[querying.get(i).id()] = trained.get(i);
        }
        List<Function<Network, IfalSelection.Picks>> jobs = new ArrayList<>(clients.size());
        for (int k = 0; k < clients.size(); k++) {
            int client = k;
            jobs.add(network -> pick(context, network, clients.get(client), distilled[client]));
        }
        List<IfalSelection.Picks> picks = context.workers().map(context.network(), jobs);
        int[][] chosen = new int[clients.size()][];
        for (Client client : clients) {
            int k = client.id();
            IfalSelection.Picks own = picks.get(k);
            chosen[k] = Geometry.through(client.pool().unlabelled(), own.positions());
            context.diagnostics().client(SELECTION_PASS, k, own.pass());
            context.diagnostics().client(CANDIDATES, k, own.firstCandidates());
        }
        return chosen;
    }

    /** One client's three models, criteria and selection, on a client worker's network. */
    private IfalSelection.Picks pick(QueryContext context, Network network, Client client, Weights distilled) {
        int[] candidates = client.pool().unlabelled();
        int quota = Math.min(context.quotas()[client.id()], candidates.length);
        if (quota == 0) {
            return new IfalSelection.Picks(new int[0], 0, 0);
        }
        int[] labelled = client.pool().labelled();
        int[] labels = client.labelledLabels();
        Views global = views(network, client, context.global(), labelled, candidates);
        Views local = views(network, client, client.lastUpdate().orElse(context.global()), labelled, candidates);
        Views student = views(network, client, distilled, labelled, candidates);
        int classes = network.numClasses();
        int[] globalVotes = votes(labels, global.candidates);
        double[] globalProbabilities = global.neighbours(kernels).probabilities(globalVotes, classes);
        ReverseNeighbours localNeighbours = local.neighbours(kernels);
        double[] localProbabilities = localNeighbours.probabilities(globalVotes, classes);
        double[] localOwnProbabilities = localNeighbours.probabilities(votes(labels, local.candidates), classes);
        double[] studentProbabilities = student.neighbours(kernels).probabilities(globalVotes, classes);
        double[] interModel = Inconsistency.interModel(globalProbabilities, localProbabilities, studentProbabilities,
                classes);
        double[] intraModel = Inconsistency.intraModel(localOwnProbabilities, local.candidates.probabilities(),
                classes);
        return IfalSelection.select(kernels, interModel, intraModel, Geometry.embeddings(local.candidates), quota,
                context.randomFor(client.id()));
    }

    private static Views views(Network network, Client client, Weights weights, int[] labelled, int[] candidates) {
        network.setWeights(weights);
        return new Views(client.predict(network, labelled), client.predict(network, candidates));
    }

    /** The labels of the labelled samples, then the model's predicted class of every candidate. */
    static int[] votes(int[] labels, Predictions candidates) {
        int[] out = new int[labels.length + candidates.size()];
        System.arraycopy(labels, 0, out, 0, labels.length);
        for (int i = 0; i < candidates.size(); i++) {
            out[labels.length + i] = candidates.predictedClass(i);
        }
        return out;
    }

    /** One model's outputs on a client's labelled samples and candidates. */
    private record Views(Predictions labelled, Predictions candidates) {

        ReverseNeighbours neighbours(Kernels kernels) {
            return ReverseNeighbours.of(kernels, Geometry.embeddings(labelled), Geometry.embeddings(candidates),
                    ReverseNeighbours.NEIGHBOURS);
        }
    }
}
