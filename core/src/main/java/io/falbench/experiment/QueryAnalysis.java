package io.falbench.experiment;

import io.falbench.model.Predictions;
import java.util.List;

/**
 * What the simulator (not the federation) measures about a round's queries: the share taken from corrupted clients,
 * and near-duplicate queries across clients (pairs from different clients whose global-model embeddings have cosine
 * similarity above a threshold), the redundancy FAL-Global is meant to remove.
 */
public final class QueryAnalysis {

    private QueryAnalysis() {
    }

    public static double corruptedShare(int[] queriedPerClient, int corruptedClients) {
        long total = 0;
        long corrupted = 0;
        for (int k = 0; k < queriedPerClient.length; k++) {
            total += queriedPerClient[k];
            corrupted += k < corruptedClients ? queriedPerClient[k] : 0;
        }
        return total == 0 ? 0 : (double) corrupted / total;
    }

    /** Pairs of queries from different clients with cosine similarity above {@code threshold}. */
    public static long nearDuplicatePairs(List<Predictions> queriedPerClient, double threshold) {
        long pairs = 0;
        for (int a = 0; a < queriedPerClient.size(); a++) {
            for (int b = a + 1; b < queriedPerClient.size(); b++) {
                pairs += pairsAbove(queriedPerClient.get(a), queriedPerClient.get(b), threshold);
            }
        }
        return pairs;
    }

    private static long pairsAbove(Predictions x, Predictions y, double threshold) {
        int d = x.embeddingDimension();
        double[] nx = norms(x);
        double[] ny = norms(y);
        long count = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                double dot = 0;
                for (int t = 0; t < d; t++) {
                    dot += x.embeddings()[i * d + t] * y.embeddings()[j * d + t];
                }
                if (nx[i] > 0 && ny[j] > 0 && dot / (nx[i] * ny[j]) > threshold) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double[] norms(Predictions p) {
        int d = p.embeddingDimension();
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int t = 0; t < d; t++) {
                s += p.embeddings()[i * d + t] * p.embeddings()[i * d + t];
            }
            out[i] = Math.sqrt(s);
        }
        return out;
    }
}
