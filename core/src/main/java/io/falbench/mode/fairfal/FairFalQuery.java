package io.falbench.mode.fairfal;

import io.falbench.fl.client.Client;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.mode.FalMode;
import io.falbench.mode.QueryContext;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.runtime.Seeds;
import io.falbench.strategy.Geometry;
import io.falbench.strategy.TopScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.falbench.fl.Exchange;
import io.falbench.fl.message.Prompt;
import io.falbench.fl.message.Statistic;
import io.falbench.settings.Key;

/**
 * FairFAL (Zong and Huang, CVPR 2026; arXiv 2603.10341), per its official code: adaptive global/local query model
 * from the frozen mean global imbalance gamma_bar and the client's divergence d_k; prototype pseudo-labels; per-class
 * quotas; stage 1 keeps the kappa*q_c most uncertain of each class; stage 2 greedy k-center on gradient embeddings
 * anchored on the class's labelled samples. Only gamma_k (one scalar per client, once) crosses to the server.
 */
public final class FairFalQuery implements FalMode {

    public static final Key<Double> DELTA = Key.decimal("fairfal.delta", "0.75", 0, 1,
            "FairFAL's threshold: query with the global model iff 1 - (d_k + gamma_bar) / 2 > delta");
    public static final Key<Double> KAPPA = Key.positive("fairfal.kappa", "4", 1000,
            "FairFAL's stage-1 candidates per class: kappa x the class quota");
    public static final Key<QueryModel> QUERY_MODEL = Key.choice("fairfal.query_model", "adaptive",
            List.of(Map.entry("adaptive", QueryModel.ADAPTIVE), Map.entry("global", QueryModel.GLOBAL),
                    Map.entry("local", QueryModel.LOCAL), Map.entry("opposite", QueryModel.OPPOSITE)),
            "FairFAL's query model: the adaptive rule (fairfal.delta), the global or the local model for every client,"
                    + " or the one the rule did not choose (the paper's ablation)");

    /** Per-client diagnostic: 1 where the client queried with the global model, 0 with its local one. */
    public static final String USES_GLOBAL_MODEL = "fairfal.uses_global_model";
    /** Per-client diagnostic: 1 where the adaptive rule chose the global model (whatever fairfal.query_model did). */
    public static final String RULE_CHOOSES_GLOBAL = "fairfal.rule_chooses_global";
    /** Per-client diagnostic: the client's divergence d_k. */
    public static final String D_K = "fairfal.d_k";
    /** Per-client diagnostic: the client's imbalance gamma_k. */
    public static final String GAMMA_K = "fairfal.gamma_k";
    /** Round diagnostic: the mean global imbalance gamma_bar. */
    public static final String GAMMA_BAR = "fairfal.gamma_bar";

    private final Kernels kernels;
    private final double delta;
    private final double kappa;
    private final QueryModel queryModel;
    private Double meanImbalance;

    public FairFalQuery(Kernels kernels, double delta, double kappa, QueryModel queryModel) {
        this.kernels = kernels;
        this.delta = delta;
        this.kappa = kappa;
        this.queryModel = queryModel;
    }

    /** gamma_bar, frozen at the first query round. */
    @Override
    public Map<String, Double> state() {
        return meanImbalance == null ? Map.of() : Map.of("gamma_bar", meanImbalance);
    }

    @Override
    public void restore(Map<String, Double> state) {
        meanImbalance = state.get("gamma_bar");
    }

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        int numClasses = context.network().numClasses();
        List<Weights> localModels = context.localOnlyModels(clients);
        List<Function<Network, ClientView>> jobs = new ArrayList<>();
        for (int k = 0; k < clients.size(); k++) {
            int client = k;
            jobs.add(network -> view(context, network, clients.get(client), localModels.get(client), client,
                    numClasses));
        }
        List<ClientView> views = context.workers().map(context.network(), jobs);
        if (meanImbalance == null) {
            meanImbalance = context.channel().exchange(clients, new Exchange<Prompt, Statistic, Double>() {
                @Override
                public Prompt configure(int client) {
                    return new Prompt();
                }

                @Override
                public Statistic work(Client client, Prompt prompt) {
                    return new Statistic(views.get(client.id()).imbalance);
                }

                @Override
                public Double aggregate(Map<Integer, Statistic> imbalances) {
                    double sum = 0;
                    for (Statistic imbalance : imbalances.values()) {
                        sum += imbalance.value();
                    }
                    return sum / imbalances.size();
                }
            });
        }
        context.diagnostics().scalar(GAMMA_BAR, meanImbalance);
        int[][] chosen = new int[clients.size()][];
        context.channel().exchange(clients, new Exchange<Statistic, Statistic, Void>() {
            @Override
            public Statistic configure(int client) {
                return new Statistic(meanImbalance);
            }

            @Override
            public Statistic work(Client client, Statistic gammaBar) {
                int k = client.id();
                ClientView view = views.get(k);
                boolean rule = ModelChoice.useGlobal(view.divergence, gammaBar.value(), delta);
                boolean useGlobal = queryModel.useGlobal(rule);
                context.diagnostics().client(USES_GLOBAL_MODEL, k, useGlobal ? 1 : 0);
                if (queryModel != QueryModel.ADAPTIVE) {
                    context.diagnostics().client(RULE_CHOOSES_GLOBAL, k, rule ? 1 : 0);
                }
                context.diagnostics().client(D_K, k, view.divergence);
                context.diagnostics().client(GAMMA_K, k, view.imbalance);
                chosen[k] = select(view, useGlobal, context.quotas()[k], numClasses);
                return null;
            }

            @Override
            public Void aggregate(Map<Integer, Statistic> none) {
                return null;
            }
        });
        return chosen;
    }

    /** Everything one client computes locally before the choice (on {@code network}, a client worker's). */
    private static ClientView view(QueryContext context, Network network, Client client, Weights localModel, int k,
                                   int numClasses) {
        int[] candidates = client.pool().unlabelled();
        int[] labelled = client.pool().labelled();
        int[] labels = client.labelledLabels();
        network.setWeights(localModel);
        Predictions localCandidates = client.predict(network, candidates);
        Predictions localLabelled = client.predict(network, labelled);
        network.setWeights(context.global());
        Predictions globalCandidates = client.predict(network, candidates);
        Predictions globalLabelled = client.predict(network, labelled);
        int[] probe = ProbeSet.positions(labels, numClasses, Seeds.stream(context.seed(), "probe", k));
        double[] globalMix = ProbeSet.meanSoftmax(globalLabelled, probe);
        double[] localMix = ProbeSet.meanSoftmax(localLabelled, probe);
        Prototypes prototypes = Prototypes.of(globalLabelled, labels, numClasses);
        boolean[] present = new boolean[numClasses];
        for (int c = 0; c < numClasses; c++) {
            present[c] = prototypes.present(c);
        }
        return new ClientView(candidates, labels, globalCandidates, localCandidates, globalLabelled, localLabelled,
                prototypes, ModelChoice.imbalance(globalMix, present), ModelChoice.divergence(globalMix, localMix));
    }

    private int[] select(ClientView view, boolean useGlobal, int budget, int numClasses) {
        if (budget == 0) {
            return new int[0];
        }
        Predictions query = useGlobal ? view.globalCandidates : view.localCandidates;
        float[] uncertainty = kernels.uncertainty(query.probabilities(), query.size(), numClasses, Uncertainty.ENTROPY);
        int[] pseudo = prototypes(view, query);
        List<List<Integer>> buckets = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            buckets.add(new ArrayList<>());
        }
        for (int i = 0; i < pseudo.length; i++) {
            buckets.get(pseudo[i]).add(i);
        }
        int[] quotas = ClassQuotas.split(budget, buckets.stream().mapToInt(List::size).toArray());
        // gradient embeddings: global features; probabilities from global if gamma_bar < 0.5 else local (official code)
        boolean globalProbabilities = meanImbalance < 0.5;
        Predictions candidateGradients = mix(view.globalCandidates, globalProbabilities ? view.globalCandidates : view.localCandidates);
        Predictions labelledGradients = mix(view.globalLabelled, globalProbabilities ? view.globalLabelled : view.localLabelled);
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            if (quotas[c] == 0) {
                continue;
            }
            int[] members = buckets.get(c).stream().mapToInt(Integer::intValue).toArray();
            double[] scores = new double[members.length];
            for (int i = 0; i < members.length; i++) {
                scores[i] = uncertainty[members[i]];
            }
            int keep = Math.min(members.length, Math.max(1, (int) Math.floor(kappa * quotas[c])));
            int[] stageOne = Geometry.through(members, TopScores.top(scores, keep));
            chosen.addAll(stageTwo(stageOne, c, quotas[c], candidateGradients, labelledGradients, view.labels));
        }
        int[] out = new int[chosen.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = view.candidates[chosen.get(i)];
        }
        return out;
    }

    /** Greedy k-center on gradient embeddings of the class's stage-1 candidates, anchored on its labelled samples. */
    private List<Integer> stageTwo(int[] stageOne, int c, int quota, Predictions candidates, Predictions labelled,
                                   int[] labels) {
        Predictions kept = rows(candidates, stageOne);
        GradientEmbeddings candidateEmbeddings = Geometry.gradients(kept);
        List<Integer> anchorRows = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == c) {
                anchorRows.add(i);
            }
        }
        int[] anchorIndex = anchorRows.stream().mapToInt(Integer::intValue).toArray();
        int[] anchorLabels = new int[anchorIndex.length];
        java.util.Arrays.fill(anchorLabels, c);
        GradientEmbeddings anchors = anchorIndex.length == 0
                ? GradientEmbeddings.empty(candidates.numClasses(), candidates.embeddingDimension())
                : Geometry.gradients(rows(labelled, anchorIndex), anchorLabels);
        // stage-1 order is by descending uncertainty: position 0 is the most uncertain
        int[] picks = kernels.kCenterGreedy(candidateEmbeddings, anchors, Math.min(quota, stageOne.length), 0);
        List<Integer> out = new ArrayList<>();
        for (int p : picks) {
            out.add(stageOne[p]);
        }
        return out;
    }

    private static int[] prototypes(ClientView view, Predictions query) {
        int[] pseudo = view.prototypes.pseudoLabels(view.globalCandidates);
        for (int i = 0; i < pseudo.length; i++) {
            if (pseudo[i] < 0) {
                pseudo[i] = query.predictedClass(i);
            }
        }
        return pseudo;
    }

    /** Features of one prediction with the probabilities of another (same rows). */
    private static Predictions mix(Predictions features, Predictions probabilities) {
        return new Predictions(probabilities.probabilities(), features.embeddings(), features.size(),
                features.numClasses(), features.embeddingDimension());
    }

    private static Predictions rows(Predictions p, int[] rows) {
        int c = p.numClasses();
        int d = p.embeddingDimension();
        float[] probabilities = new float[rows.length * c];
        float[] embeddings = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(p.probabilities(), rows[i] * c, probabilities, i * c, c);
            System.arraycopy(p.embeddings(), rows[i] * d, embeddings, i * d, d);
        }
        return new Predictions(probabilities, embeddings, rows.length, c, d);
    }

    private record ClientView(int[] candidates, int[] labels, Predictions globalCandidates,
                              Predictions localCandidates, Predictions globalLabelled, Predictions localLabelled,
                              Prototypes prototypes, double imbalance, double divergence) {
    }
}
