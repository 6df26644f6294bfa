package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.Predictions;
import io.falbench.runtime.Seeds;
import io.falbench.strategy.TopScores;

/**
 * KAFAL's knowledge-specialised active sampling (Cao et al., ICCV 2023): each client scores its candidates by the
 * symmetric KL divergence between the global model's and its local model's predictions, both after adding the log
 * of the client's labelled class counts to the logits (+1 smoothing), and queries its top-b. The local model is the
 * federated model fine-tuned on the client's labels.
 */
public record KafalQuery() implements FalMode {

    @Override
    public String name() {
        return "kafal";
    }


    @Override
    public int[][] query(QueryContext context) {
        int[][] chosen = new int[context.federation().clients().size()][];
        for (int k = 0; k < chosen.length; k++) {
            Client client = context.federation().clients().get(k);
            int[] candidates = client.pool().unlabelled();
            context.localModels().fineTuned(client, context.network(), context.global(),
                    Seeds.derive(context.seed(), "fine-tune", k));
            Predictions localPredictions = client.predict(context.network(), candidates);
            context.network().setWeights(context.global());
            Predictions globalPredictions = client.predict(context.network(), candidates);
            int[] counts = client.labelledClassCounts(globalPredictions.numClasses());
            double[] scores = scores(globalPredictions, localPredictions, counts);
            chosen[k] = through(candidates, TopScores.top(scores, context.quotas()[k]));
        }
        return chosen;
    }

    /** Symmetric KL between the count-adjusted distributions, per candidate. */
    static double[] scores(Predictions global, Predictions local, int[] classCounts) {
        int c = global.numClasses();
        double[] prior = new double[c];
        for (int j = 0; j < c; j++) {
            prior[j] = classCounts[j] + 1.0;
        }
        double[] scores = new double[global.size()];
        double[] g = new double[c];
        double[] l = new double[c];
        for (int i = 0; i < scores.length; i++) {
            adjust(global, i, prior, g);
            adjust(local, i, prior, l);
            double kl = 0;
            for (int j = 0; j < c; j++) {
                kl += (g[j] - l[j]) * (Math.log(g[j]) - Math.log(l[j]));
            }
            scores[i] = kl;
        }
        return scores;
    }

    /** softmax(logits + log prior) = p * prior / sum(p * prior), floored to keep logs finite. */
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
