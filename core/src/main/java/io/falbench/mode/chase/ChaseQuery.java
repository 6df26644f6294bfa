package io.falbench.mode.chase;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.mode.FalMode;
import io.falbench.mode.QueryContext;
import io.falbench.model.Weights;
import io.falbench.settings.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CHASe, client heterogeneity-aware data selection (Zhang, Wang, Li, Xie, Chen and Shou, IEEE TKDE 2025, arXiv
 * 2504.17448; junzhang-zj/CHASe {@code main.py}, {@code localtraining.py}, {@code select_strategy.py}). Each client's
 * local training draws at most {@code chase.subset} of its awake unlabelled samples (all of them in its first local
 * training), trains on the cross-entropy plus the alignment loss ({@link io.falbench.model.BoundaryCalibration},
 * weight {@code chase.alignment_weight}, temperature {@code chase.temperature}) and counts each candidate's changes
 * of predicted class across its local epochs ({@link EpistemicVariation}). The query takes each client's quota of
 * candidates with the most changes; candidates that never changed go dormant and wake, {@code chase.awaken} of them,
 * once few samples are awake ({@link ChaseClient#query}). The quotas are the protocol's, or with
 * {@code chase.capacity = reco} the reference's heterogeneous capacities ({@link Capacities}). The alignment labels: a candidate whose last measured
 * variation is at least the candidates' mean aligns with the global model, the others with the previous local model;
 * under the quirk {@code chase-align-global} every candidate aligns with the global model, as the reference's code
 * runs (it derives the labels from a zeroed array). Differences from the official code:
 * docs/reference-differences.md, CHASe.
 */
public final class ChaseQuery implements FalMode {

    public static final Key<Integer> SUBSET = Key.integer("chase.subset", 500, 1, Integer.MAX_VALUE,
            "CHASe's subset sampling: each local training tracks the epistemic variation of at most this many of the"
                    + " client's awake unlabelled samples, drawn at random (all of them in its first local training;"
                    + " the reference's 500)");

    public static final Key<Double> ALIGNMENT_WEIGHT = Key.decimal("chase.alignment_weight", "1", 0, 1000,
            "CHASe's weight of the alignment loss beside the cross-entropy (the reference's --weightcs: 1 for"
                    + " CIFAR-10 and CIFAR-100, 0.1 for MNIST; 0 turns it off)");

    public static final Key<Double> TEMPERATURE = Key.positive("chase.temperature", "0.5", 100,
            "CHASe's alignment loss divides the two cosine similarities by this temperature (the reference's 0.5)");

    public static final Key<Double> AWAKEN = Key.decimal("chase.awaken", "0.4", 0, 1,
            "CHASe's freeze and awaken: the share of a client's dormant samples that wake once at most 3 x its quota"
                    + " are awake (the reference's --Ta; 0: no sample goes dormant)");

    public static final Key<Boolean> CAPACITY = Key.choice("chase.capacity", "quota",
            List.of(Map.entry("quota", false), Map.entry("reco", true)),
            "CHASe's annotation capacities: quota, the protocol's quotas every AL round (al.query, al.quota; the"
                    + " reference's ACS is al.quota = equal, 10 per client); reco, the reference's RCS: a fifth of the"
                    + " clients label 5 samples every 5 AL rounds, three fifths 7 every 3, the rest 10 every round,"
                    + " drawn once per cell (al.query is then not read)");

    private final int subset;
    private final double alignmentWeight;
    private final double temperature;
    private final double awaken;
    private final boolean alignGlobal;
    private final boolean reco;
    private final ConcurrentHashMap<Integer, ChaseClient> clients = new ConcurrentHashMap<>();

    /**
     * @param alignGlobal the quirk {@code chase-align-global}: every candidate aligns with the global model
     * @param reco        the reference's heterogeneous capacities ({@link Capacities}) instead of the protocol's quotas
     */
    public ChaseQuery(int subset, double alignmentWeight, double temperature, double awaken, boolean alignGlobal,
                      boolean reco) {
        this.subset = subset;
        this.alignmentWeight = alignmentWeight;
        this.temperature = temperature;
        this.awaken = awaken;
        this.alignGlobal = alignGlobal;
        this.reco = reco;
    }

    @Override
    public int[] quotas(int round, int[] split, int[] unlabelled, long seed) {
        return reco ? Capacities.draw(split.length, new SplittableRandom(seed)).quotas(round, unlabelled) : split;
    }

    int subset() {
        return subset;
    }

    double alignmentWeight() {
        return alignmentWeight;
    }

    double temperature() {
        return temperature;
    }

    private ChaseClient state(int client) {
        return clients.computeIfAbsent(client, id -> new ChaseClient());
    }

    @Override
    public ClientObjective clientObjective() {
        return (client, round) -> new ChaseObjective(client, state(client.id()), this);
    }

    /**
     * Per candidate, the model it aligns with: 0 (the global model) where its last measured variation (0 where none
     * was) is at least the candidates' mean, else 1 (the previous local model); all 0 under {@code chase-align-global}.
     */
    int[] alignWith(ChaseClient state, int[] candidates) {
        int[] labels = new int[candidates.length];
        if (alignGlobal || candidates.length == 0) {
            return labels;
        }
        int[] last = state.lastVariations(candidates);
        double mean = 0;
        for (int i = 0; i < last.length; i++) {
            last[i] = Math.max(0, last[i]);
            mean += last[i];
        }
        mean /= last.length;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = last[i] >= mean ? 0 : 1;
        }
        return labels;
    }

    @Override
    public int[][] query(QueryContext context) {
        List<Client> federation = context.federation().clients();
        int[][] chosen = new int[federation.size()][];
        for (Client client : federation) {
            chosen[client.id()] = state(client.id()).query(client, context.quotas()[client.id()], awaken,
                    client.lastUpdate().orElse(null), context.randomFor(client.id()));
        }
        return chosen;
    }

    private static String prefix(int client) {
        return "chase/" + client + "/";
    }

    @Override
    public Weights arrays() {
        List<String> names = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        clients.keySet().stream().sorted().forEach(id -> {
            Weights kept = clients.get(id).arrays(prefix(id));
            names.addAll(kept.names());
            values.addAll(kept.values());
        });
        return new Weights(names, values);
    }

    @Override
    public void restoreArrays(Weights arrays) {
        clients.clear();
        for (String name : arrays.names()) {
            if (name.startsWith("chase/")) {
                int id = Integer.parseInt(name.substring("chase/".length(), name.indexOf('/', "chase/".length())));
                clients.computeIfAbsent(id, key -> new ChaseClient());
            }
        }
        clients.forEach((id, state) -> state.restore(arrays, prefix(id)));
    }
}
