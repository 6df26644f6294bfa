package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.model.Kcfu;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.settings.Key;
import io.falbench.strategy.TopScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * KAFAL's knowledge-specialised active sampling (Cao et al., ICCV 2023; ycao5602/KAFAL {@code main.py}
 * {@code get_discrepancy}): each client scores its candidates by 0.5 (KL(l, g) + KL(g, l)) between the global
 * model's and its local model's predictions, both after adding the log of the client's labelled class counts to the
 * logits, and queries its top-b. With the raw counts (the reference) a class the client holds no label of gets
 * log 0 = -inf and drops out of both distributions (the pinned torch 1.0 kl_div counts 0 for a zero target); a
 * client with no label at all, which the reference never has (every client starts with ceil(5000 n_k / 50000) >= 1
 * labels), uses equal counts, i.e. the plain symmetric KL. Plus-one (falbench's earlier rule) adds log(n_c + 1). The
 * local model is, as the reference's {@code models['clients'][c]}, the client's own weights after its last local
 * update of this AL round's federated training (a client that never trained this round scores with the global model,
 * every score 0), or the federated model fine-tuned on the client's labels. With KCFU on, the federated training's
 * clients minimise KAFAL's {@link Kcfu} loss instead of plain cross-entropy ({@code oneMixupPartner}: the reference's
 * one-partner mixup, quirk {@code kafal-mixup-one-partner}; {@code staleUnlabelled}: distillation on the first AL
 * round's unlabelled pool, quirk {@code kafal-stale-unlabelled}).
 */
public record KafalQuery(boolean rawPrior, boolean clientUpdate, boolean kcfu, boolean oneMixupPartner,
                         boolean staleUnlabelled) implements FalMode {

    public static final Key<Boolean> PRIOR = Key.choice("kafal.prior", "raw",
            List.of(Map.entry("raw", true), Map.entry("plus-one", false)),
            "KAFAL's count prior on both models' logits: raw, log n_c as the reference (classes without labels drop"
                    + " out; a client without labels uses no prior); plus-one, log(n_c + 1)");

    public static final Key<Boolean> LOCAL_MODEL = Key.choice("kafal.local_model", "client-update",
            List.of(Map.entry("client-update", true), Map.entry("fine-tuned", false)),
            "KAFAL's local model: client-update, each client's weights after its last local update of the round's"
                    + " federated training (the reference); fine-tuned, the global model fine-tuned on the client's"
                    + " labels for local.finetune_epochs");

    public static final Key<Boolean> KCFU = Key.bool("kafal.kcfu", true,
            "KAFAL's clients train with the KCFU loss (logit-adjusted cross-entropy plus, from the second"
                    + " communication round, distillation from the server model on mixed unlabelled images; the"
                    + " reference); false, plain cross-entropy");

    @Override
    public ClientObjective clientObjective() {
        return kcfu ? (client, round) -> new Kcfu(client.images(),
                staleUnlabelled ? client.firstRoundUnlabelled() : client.pool().unlabelled(), client.labelledLabels(),
                round > 0, oneMixupPartner) : ClientObjective.CROSS_ENTROPY;
    }

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        List<Weights> local = localModels(context);
        List<Function<Network, int[]>> jobs = new ArrayList<>(clients.size());
        for (int k = 0; k < clients.size(); k++) {
            int client = k;
            jobs.add(network -> pick(context, network, clients.get(client), local.get(client)));
        }
        return context.workers().map(context.network(), jobs).toArray(int[][]::new);
    }

    /** One client's choice from its two models, on a client worker's network (clients are independent here). */
    private int[] pick(QueryContext context, Network network, Client client, Weights localModel) {
        int[] candidates = client.pool().unlabelled();
        network.setWeights(localModel);
        Predictions localPredictions = client.predict(network, candidates);
        network.setWeights(context.global());
        Predictions globalPredictions = client.predict(network, candidates);
        int[] counts = client.labelledClassCounts(globalPredictions.numClasses());
        double[] scores = scores(globalPredictions, localPredictions, prior(counts, rawPrior));
        return through(candidates, TopScores.top(scores, context.quotas()[client.id()]));
    }

    /**
     * Each client's local model: its last update of the round (else the global model), or the global model
     * fine-tuned on its labels.
     */
    List<Weights> localModels(QueryContext context) {
        List<Client> clients = context.federation().clients();
        return clientUpdate ? clients.stream().map(c -> c.lastUpdate().orElse(context.global())).toList()
                : context.fineTunedModels(clients);
    }

    /** The multiplier of each class's probability: n_c (all 1 when the client has no label) or n_c + 1. */
    static double[] prior(int[] classCounts, boolean raw) {
        boolean none = Arrays.stream(classCounts).allMatch(n -> n == 0);
        return Arrays.stream(classCounts).mapToDouble(n -> raw ? (none ? 1 : n) : n + 1.0).toArray();
    }

    /** 0.5 (KL(l, g) + KL(g, l)) between the prior-adjusted distributions, over the classes of positive prior. */
    static double[] scores(Predictions global, Predictions local, double[] prior) {
        int c = global.numClasses();
        double[] scores = new double[global.size()];
        double[] g = new double[c];
        double[] l = new double[c];
        for (int i = 0; i < scores.length; i++) {
            adjust(global, i, prior, g);
            adjust(local, i, prior, l);
            double kl = 0;
            for (int j = 0; j < c; j++) {
                if (prior[j] > 0) {
                    kl += (g[j] - l[j]) * (Math.log(g[j]) - Math.log(l[j]));
                }
            }
            scores[i] = 0.5 * kl;
        }
        return scores;
    }

    /** softmax(logits + log prior) = p * prior / sum(p * prior), p floored to keep logs finite. */
    private static void adjust(Predictions p, int row, double[] prior, double[] out) {
        double sum = 0;
        for (int j = 0; j < prior.length; j++) {
            out[j] = Math.max(p.probability(row, j), 1e-12) * prior[j];
            sum += out[j];
        }
        for (int j = 0; j < prior.length; j++) {
            out[j] /= sum;
        }
    }

    static int[] through(int[] candidates, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = candidates[positions[i]];
        }
        return out;
    }
}
