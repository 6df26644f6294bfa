package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.runtime.Seeds;
import io.falbench.settings.Key;
import io.falbench.strategy.SklearnKMeans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * LoGo (Kim et al., CVPR 2023): macro step, k-means (k = the client's budget) on the LOCAL-only model's
 * predicted-class gradient embedding (1 - p_yhat) * h; micro step, in each cluster the candidate of highest entropy
 * under the GLOBAL model; budget left by empty clusters refilled from the clusters' next candidates
 * ({@link LogoPicks}).
 * The k-means is scikit-learn 1.0.1's KMeans as the official code runs it ({@link SklearnKMeans}) or falbench's
 * single weighted-k-means run.
 */
public record LogoQuery(Kernels kernels, boolean sklearnKMeans, boolean referenceRefill) implements FalMode {

    public static final Key<Boolean> KMEANS = Key.choice("logo.kmeans", "sklearn",
            List.of(Map.entry("sklearn", true), Map.entry("falbench", false)),
            "LoGo's macro-step k-means: sklearn, scikit-learn 1.0.1's KMeans defaults as the reference (10 greedy"
                    + " k-means++ runs, up to 300 Lloyd iterations, empty clusters relocated, lowest inertia kept);"
                    + " falbench: one k-means++ run, up to 100 Lloyd iterations");
    public static final Key<Boolean> REFILL = Key.choice("logo.refill", "reference",
            List.of(Map.entry("reference", true), Map.entry("round-robin", false)),
            "LoGo's refill when clusters give fewer than b picks: reference, ceil(missing / clusters) next members"
                    + " of every cluster per pass, cut to b; round-robin, one member per cluster per pass");

    static final int LLOYD_ITERATIONS = 100;

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        List<Client> querying = clients.stream()
                .filter(c -> Math.min(context.quotas()[c.id()], c.pool().unlabelledCount()) > 0).toList();
        Weights[] localModels = new Weights[clients.size()];
        List<Weights> trained = context.localOnlyModels(querying);
        for (int i = 0; i < querying.size(); i++) {
            localModels[querying.get(i).id()] = trained.get(i);
        }
        List<Function<Network, int[]>> jobs = new ArrayList<>(clients.size());
        for (int k = 0; k < clients.size(); k++) {
            int client = k;
            jobs.add(network -> pick(context, network, clients.get(client), localModels[client]));
        }
        return context.workers().map(context.network(), jobs).toArray(int[][]::new);
    }

    /** One client's macro and micro steps, on a client worker's network (clients are independent here). */
    private int[] pick(QueryContext context, Network network, Client client, Weights localModel) {
        int k = client.id();
        int[] candidates = client.pool().unlabelled();
        int quota = Math.min(context.quotas()[k], candidates.length);
        if (quota == 0) {
            return new int[0];
        }
        network.setWeights(localModel);
        Predictions local = client.predict(network, candidates);
        network.setWeights(context.global());
        Predictions global = client.predict(network, candidates);
        float[] entropy = kernels.uncertainty(global.probabilities(), global.size(), global.numClasses(),
                Uncertainty.ENTROPY);
        int[] cluster = clusters(local, quota, Seeds.derive(context.seed(), "logo-kmeans", k));
        return KafalQuery.through(candidates, LogoPicks.pick(cluster, entropy, quota, referenceRefill));
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
        Embeddings points = new Embeddings(n, d, g);
        if (sklearnKMeans) {
            return new SklearnKMeans(kernels).fit(points, k, seed).labels();
        }
        float[] unit = new float[n];
        Arrays.fill(unit, 1f);
        KMeansResult result = kernels.weightedKMeans(points, unit, Embeddings.empty(d),
                new KMeansOptions(k, LLOYD_ITERATIONS, 0, seed, 1e-4));
        return result.assignment();
    }
}
