package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientClustering;
import io.falbench.fl.message.CentroidDistances;
import io.falbench.fl.message.CentroidSums;
import io.falbench.fl.message.GlobalCentroids;
import io.falbench.fl.message.LocalCentroids;
import io.falbench.fl.server.CentroidAllocation;
import io.falbench.fl.server.FederatedKMeans;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.model.Predictions;
import io.falbench.runtime.Seeds;
import io.falbench.strategy.BadgeSampling;
import io.falbench.strategy.Geometry;
import io.falbench.strategy.IWKMeansSampling;
import io.falbench.strategy.QueryStrategy;
import io.falbench.strategy.RandomSampling;
import io.falbench.strategy.TopScores;
import io.falbench.strategy.UncertaintySampling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FAL-Global (Dataiku study): the diversity step runs at the server over all clients' candidates through federated
 * k-means. Each client keeps its beta*q most uncertain candidates under the federated model (the strategy's own
 * uncertainty; margin for the clustering samplers, gradient norm for BADGE, random for Random), summarises them by
 * local k-means (centroids and weights: margin scores for IWKMeans, counts otherwise); the server clusters the
 * centroids into B global centroids (optionally refined by federated Lloyd steps), the clients report their nearest
 * distance to each, and the server allocates each centroid to one client (with quota: every client exactly its share;
 * without: to the nearest client, so the budget may all go to one). Clients label one candidate per allocated
 * centroid. The exact wiring of the blog is UNVERIFIED; this is its plain reading.
 */
public record FalGlobalQuery(Kernels kernels, boolean withQuota, int refineRounds, int beta) implements FalMode {

    @Override
    public String name() {
        return withQuota ? "fal-global" : "fal-global-noquota";
    }

    @Override
    public boolean keepsQuotas() {
        return withQuota;
    }

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        int budget = context.totalBudget();
        List<int[]> kept = new ArrayList<>();
        List<Embeddings> embeddings = new ArrayList<>();
        List<float[]> weights = new ArrayList<>();
        List<LocalCentroids> summaries = new ArrayList<>();
        context.network().setWeights(context.global());
        for (int k = 0; k < clients.size(); k++) {
            Client client = clients.get(k);
            int[] candidates = client.pool().unlabelled();
            Predictions predictions = client.predict(context.network(), candidates);
            double[] scores = scores(context.strategy(), predictions, context.randomFor(k));
            int perClient = Math.max(context.quotas()[k], (budget + clients.size() - 1) / clients.size());
            int[] top = TopScores.top(scores, beta * perClient);
            float[] w = new float[top.length];
            boolean weighted = context.strategy() instanceof IWKMeansSampling;
            for (int i = 0; i < top.length; i++) {
                w[i] = weighted ? (float) Math.max(scores[top[i]], 1e-6) : 1f;
            }
            Embeddings points = Geometry.embeddings(predictions, top);
            kept.add(Geometry.through(candidates, top));
            embeddings.add(points);
            weights.add(w);
            if (top.length > 0) {
                LocalCentroids summary = ClientClustering.summarise(points, w, Math.min(top.length, 2 * perClient),
                        kernels, Seeds.derive(context.seed(), "local-kmeans", k));
                summaries.add(summary);
                context.communication().sentUp(summary.bytes());
            }
        }
        GlobalCentroids global = FederatedKMeans.oneShot(summaries, budget, kernels,
                Seeds.derive(context.seed(), "global-kmeans"));
        for (int step = 0; step < refineRounds; step++) {
            List<CentroidSums> shares = new ArrayList<>();
            for (int k = 0; k < clients.size(); k++) {
                context.communication().sentDown(global.bytes());
                CentroidSums share = ClientClustering.sums(embeddings.get(k), weights.get(k), global, kernels);
                context.communication().sentUp(share.bytes());
                shares.add(share);
            }
            global = FederatedKMeans.lloydStep(global, shares);
        }
        List<CentroidDistances> distances = new ArrayList<>();
        int[] capacity = new int[clients.size()];
        for (int k = 0; k < clients.size(); k++) {
            context.communication().sentDown(global.bytes());
            CentroidDistances nearest = embeddings.get(k).size() == 0
                    ? new CentroidDistances(filled(global.count(), Float.POSITIVE_INFINITY))
                    : ClientClustering.nearest(embeddings.get(k), global, kernels);
            context.communication().sentUp(nearest.bytes());
            distances.add(nearest);
            capacity[k] = withQuota ? context.quotas()[k] : embeddings.get(k).size();
        }
        int[][] allocation = CentroidAllocation.allocate(distances, capacity);
        int[][] chosen = new int[clients.size()][];
        for (int k = 0; k < clients.size(); k++) {
            context.communication().sentDown(4L * allocation[k].length);
            int[] positions = ClientClustering.cover(embeddings.get(k), global, allocation[k], kernels);
            chosen[k] = Geometry.through(kept.get(k), positions);
        }
        return chosen;
    }

    private double[] scores(QueryStrategy strategy, Predictions predictions, java.util.SplittableRandom random) {
        if (strategy instanceof RandomSampling) {
            double[] scores = new double[predictions.size()];
            Arrays.setAll(scores, i -> random.nextDouble());
            return scores;
        }
        if (strategy instanceof UncertaintySampling uncertainty) {
            return uncertainty.scores(predictions);
        }
        if (strategy instanceof BadgeSampling) {
            float[] norms = kernels.gradientSquaredNorms(Geometry.gradients(predictions));
            double[] scores = new double[norms.length];
            Arrays.setAll(scores, i -> norms[i]);
            return scores;
        }
        return new UncertaintySampling("margin", Uncertainty.MARGIN, kernels).scores(predictions);
    }

    private static float[] filled(int n, float value) {
        float[] out = new float[n];
        Arrays.fill(out, value);
        return out;
    }
}
