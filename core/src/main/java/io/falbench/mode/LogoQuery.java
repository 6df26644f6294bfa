package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.model.Predictions;
import io.falbench.runtime.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * LoGo (Kim et al., CVPR 2023): macro step, k-means (k = the client's budget) on the LOCAL-only model's
 * predicted-class gradient embedding (1 - p_yhat) * h; micro step, in each cluster the candidate of highest entropy
 * under the GLOBAL model; budget left by empty clusters refilled round-robin over the clusters' next candidates.
 */
public record LogoQuery(Kernels kernels) implements FalMode {

    static final int LLOYD_ITERATIONS = 100;

    @Override
    public String name() {
        return "logo";
    }


    @Override
    public int[][] query(QueryContext context) {
        int[][] chosen = new int[context.federation().clients().size()][];
        for (int k = 0; k < chosen.length; k++) {
            Client client = context.federation().clients().get(k);
            int[] candidates = client.pool().unlabelled();
            int quota = Math.min(context.quotas()[k], candidates.length);
            if (quota == 0) {
                chosen[k] = new int[0];
                continue;
            }
            context.localModels().localOnly(client, context.network(), context.seed());
            Predictions local = client.predict(context.network(), candidates);
            context.network().setWeights(context.global());
            Predictions global = client.predict(context.network(), candidates);
            float[] entropy = kernels.uncertainty(global.probabilities(), global.size(), global.numClasses(),
                    Uncertainty.ENTROPY);
            int[] cluster = clusters(local, quota, Seeds.derive(context.seed(), "logo-kmeans", k));
            chosen[k] = KafalQuery.through(candidates, pick(cluster, entropy, quota));
        }
        return chosen;
    }

    /** k-means on (1 - p_yhat) * h of the local model. */
    int[] clusters(Predictions local, int k, long seed) {
        int n = local.size();
        int d = local.embeddingDimension();
        float[] g = new float[n * d];
        for (int i = 0; i < n; i++) {
            float scale = 1f - local.probability(i, local.predictedClass(i));
            for (int j = 0; j < d; j++) {
                g[i * d + j] = scale * local.embeddings()[i * d + j];
            }
        }
        float[] unit = new float[n];
        Arrays.fill(unit, 1f);
        KMeansResult result = kernels.weightedKMeans(new Embeddings(n, d, g), unit, Embeddings.empty(d),
                new KMeansOptions(k, LLOYD_ITERATIONS, 0, seed, 1e-4));
        return result.assignment();
    }

    /** The highest-entropy member of each cluster, then round-robin refills from the clusters' next members. */
    static int[] pick(int[] cluster, float[] entropy, int quota) {
        int k = Arrays.stream(cluster).max().orElse(-1) + 1;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < cluster.length; i++) {
            members.get(cluster[i]).add(i);
        }
        Comparator<Integer> byEntropy = Comparator.<Integer>comparingDouble(i -> -entropy[i]).thenComparingInt(i -> i);
        members.forEach(list -> list.sort(byEntropy));
        int[] picks = new int[quota];
        int taken = 0;
        for (int depth = 0; taken < quota; depth++) {
            boolean any = false;
            for (int c = 0; c < k && taken < quota; c++) {
                if (depth < members.get(c).size()) {
                    picks[taken++] = members.get(c).get(depth);
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalStateException("LoGo ran out of candidates at " + taken + " of " + quota);
            }
        }
        return picks;
    }
}
