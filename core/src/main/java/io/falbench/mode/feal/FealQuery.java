package io.falbench.mode.feal;

import io.falbench.datasets.transform.Shuffle;
import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.mode.FalMode;
import io.falbench.mode.QueryContext;
import io.falbench.model.Evidential;
import io.falbench.model.LinearHead;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.settings.Key;
import io.falbench.strategy.TopScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * FEAL, federated evidential active learning (Chen, Ma, Cui and Xia, CVPR 2024, arXiv 2312.02567, "Think Twice Before
 * Selection: Federated Evidential Active Learning for Medical Image Analysis with Domain Shifts"; JiayiChen815/FEAL
 * {@code main_cls_al.py}, {@code utils/cls/selection_methods.py}). The clients train with the evidential loss
 * ({@link Evidential}). Each client then draws at most {@code feal.subset} of its unlabelled samples at random and
 * scores each by its calibrated uncertainty: the global model's distributional uncertainty (the entropy of its
 * Dirichlet), min-max scaled over the draw, times the sum of the global and the local model's aleatoric uncertainty
 * ({@link DirichletUncertainty}); the local model is, as the reference's, the client's own weights after its last local
 * update of the round (the global model for a client that never trained). The diversity relaxation
 * ({@link NeighbourRelaxation}) walks them from the most uncertain on the local model's features. A client whose
 * unlabelled samples do not exceed its quota takes them all.
 * Logits are the linear head on the penultimate embedding, in double ({@link LinearHead}); the features are those
 * embeddings (the reference pools EfficientNet-B0's fifth block to 3 x 3, which a falbench architecture does not
 * have: docs/unverified.md). Differences from the official code: docs/reference-differences.md, FEAL; side by side
with it: docs/parity.md.
 */
public record FealQuery(double klWeight, int annealingStep, int neighbours, double cosine, int subset)
        implements FalMode {

    public static final Key<Double> KL_WEIGHT = Key.decimal("feal.kl_weight", "0.01", 0, 100,
            "FEAL's weight lambda of the KL and correction terms of the evidential loss (the reference's --kl_weight)");

    public static final Key<Integer> ANNEALING_STEP = Key.integer("feal.annealing_step", 10, 1, 1_000_000,
            "FEAL's KL annealing: its coefficient is min(1, communication round / this), rounds counted from 0 in"
                    + " each AL round (the reference's --annealing_step)");

    public static final Key<Integer> NEIGHBOURS = Key.integer("feal.neighbours", 5, 1, 10_000,
            "FEAL's relaxation: a candidate is skipped when one of its this many nearest neighbours was taken"
                    + " (the reference's --n_neighbor)");

    public static final Key<Double> COSINE = Key.decimal("feal.cosine", "0.85", -1, 1,
            "FEAL's relaxation: only candidates more cosine-similar than this count as neighbours (the reference's"
                    + " --cosine)");

    public static final Key<Integer> SUBSET = Key.integer("feal.subset", 10_000, 1, Integer.MAX_VALUE,
            "FEAL scores at most this many of a client's unlabelled samples, drawn at random each AL round (the"
                    + " reference's SUBSET)");

    @Override
    public ClientObjective clientObjective() {
        return (client, round) -> new Evidential(client.labelledLabels(), klWeight, annealingStep, round);
    }

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        LinearHead globalHead = context.network().head(context.global());
        List<Function<Network, int[]>> jobs = new ArrayList<>(clients.size());
        for (Client client : clients) {
            Weights local = client.lastUpdate().orElse(context.global());
            SplittableRandom random = context.randomFor(client.id());
            jobs.add(network -> pick(context, network, client, globalHead, local, random));
        }
        return context.workers().map(context.network(), jobs).toArray(int[][]::new);
    }

    /** One client's query on a client worker's network. */
    private int[] pick(QueryContext context, Network network, Client client, LinearHead globalHead, Weights local,
                       SplittableRandom random) {
        int quota = context.quotas()[client.id()];
        int[] unlabelled = client.pool().unlabelled();
        if (unlabelled.length <= quota) {
            return unlabelled.clone();
        }
        int[] drawn = unlabelled.clone();
        Shuffle.shuffle(drawn, random);
        int[] candidates = Arrays.copyOf(drawn, Math.min(subset, drawn.length));
        network.setWeights(context.global());
        Predictions global = client.predict(network, candidates);
        network.setWeights(local);
        Predictions localPredictions = client.predict(network, candidates);
        LinearHead localHead = network.head(local);
        int[] ranking = TopScores.top(scores(globalHead.logits(global.embeddings(), global.size()),
                localHead.logits(localPredictions.embeddings(), localPredictions.size()), globalHead.numClasses()),
                candidates.length);
        int[] positions = NeighbourRelaxation.pick(ranking, localPredictions.embeddings(),
                localPredictions.embeddingDimension(), neighbours, cosine, quota);
        int[] out = new int[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = candidates[positions[i]];
        }
        return out;
    }

    /**
     * The calibrated uncertainty of each candidate: the global model's distributional uncertainty min-max scaled over
     * the candidates (all 0 when they are equal, where the reference divides by 0), times the sum of both models'
     * aleatoric uncertainty.
     */
    static double[] scores(double[] globalLogits, double[] localLogits, int classes) {
        int n = globalLogits.length / classes;
        double[] distributional = new double[n];
        double[] aleatoric = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] g = DirichletUncertainty.alpha(globalLogits, i, classes);
            distributional[i] = DirichletUncertainty.distributional(g);
            aleatoric[i] = DirichletUncertainty.aleatoric(g)
                    + DirichletUncertainty.aleatoric(DirichletUncertainty.alpha(localLogits, i, classes));
            min = Math.min(min, distributional[i]);
            max = Math.max(max, distributional[i]);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (max > min ? (distributional[i] - min) / (max - min) : 0) * aleatoric[i];
        }
        return out;
    }
}
