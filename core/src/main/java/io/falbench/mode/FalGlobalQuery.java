package io.falbench.mode;

import io.falbench.fl.Channel;
import io.falbench.fl.Exchange;
import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientClustering;
import io.falbench.fl.message.Allocation;
import io.falbench.fl.message.CentroidDistances;
import io.falbench.fl.message.CentroidSums;
import io.falbench.fl.message.GlobalCentroids;
import io.falbench.fl.message.LocalCentroids;
import io.falbench.fl.message.Prompt;
import io.falbench.fl.server.CentroidAllocation;
import io.falbench.fl.server.FederatedKMeans;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.model.Predictions;
import io.falbench.registry.Need;
import io.falbench.runtime.Seeds;
import io.falbench.settings.Key;
import io.falbench.strategy.AssignmentMetric;
import io.falbench.strategy.Geometry;
import io.falbench.strategy.QueryInput;
import io.falbench.strategy.QueryStrategy;
import io.falbench.strategy.TopScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * FAL-Global (Dataiku study): the diversity step runs at the server over all clients' candidates through federated
 * k-means. Each client keeps its beta*q highest candidates by the strategy's own priority under the federated model
 * ({@link QueryStrategy#candidateScores}), summarises them by local k-means (centroids with the strategy's cluster
 * weights); the server clusters the centroids into B global centroids (optionally refined by federated Lloyd steps),
 * the clients report their nearest distance to each, and the server allocates each centroid to one client (with
 * quota: every client exactly its share; without: to the nearest client, so the budget may all go to one). Clients
 * label one distinct candidate per allocated centroid (Hungarian, {@code assignment.metric}). The exact wiring of the
 * blog is UNVERIFIED; this is its plain reading.
 */
public record FalGlobalQuery(Kernels kernels, boolean withQuota, int refineRounds, int beta, AssignmentMetric metric)
        implements FalMode {

    public static final Key<Integer> REFINE_ROUNDS = Key.integer("fal_global.refine_rounds", 0, 0, 1000,
            "federated Lloyd steps after the one-shot federated k-means (0: Kumar et al. 2020 one-shot)");

    @Override
    public boolean keepsQuotas() {
        return withQuota;
    }

    @Override
    public int[][] query(QueryContext context) {
        List<Client> clients = context.federation().clients();
        Channel channel = context.channel();
        int budget = context.totalBudget();
        int n = clients.size();
        // Client-side state between the exchanges: each client's kept candidates, their embeddings and weights.
        int[][] kept = new int[n][];
        Embeddings[] embeddings = new Embeddings[n];
        float[][] weights = new float[n][];
        context.network().setWeights(context.global());

        GlobalCentroids global = channel.exchange(clients, new Exchange<Prompt, LocalCentroids, GlobalCentroids>() {
            @Override
            public Prompt configure(int client) {
                return new Prompt();
            }

            @Override
            public LocalCentroids work(Client client, Prompt prompt) {
                int k = client.id();
                int[] candidates = client.pool().unlabelled();
                Predictions predictions = client.predictForQuery(context.network(), candidates);
                QueryInput input = QueryInput.scored(candidates, predictions);
                if (context.needs().contains(Need.DROPOUT_PREDICTIONS)) {
                    input = input.withDropout(ClientQuery.dropoutPredictions(context, context.network(), client,
                            candidates));
                }
                double[] scores = context.strategy().candidateScores(input, context.randomFor(k));
                int perClient = Math.max(context.quotas()[k], (budget + n - 1) / n);
                int[] top = TopScores.top(scores, beta * perClient);
                weights[k] = new float[top.length];
                for (int i = 0; i < top.length; i++) {
                    weights[k][i] = context.strategy().clusterWeight(scores[top[i]]);
                }
                embeddings[k] = Geometry.embeddings(predictions, top);
                kept[k] = Geometry.through(candidates, top);
                return top.length == 0 ? null : ClientClustering.summarise(embeddings[k], weights[k],
                        Math.min(top.length, 2 * perClient), kernels, Seeds.derive(context.seed(), "local-kmeans", k));
            }

            @Override
            public GlobalCentroids aggregate(Map<Integer, LocalCentroids> summaries) {
                return FederatedKMeans.oneShot(new ArrayList<>(summaries.values()), budget, kernels,
                        Seeds.derive(context.seed(), "global-kmeans"));
            }
        });
        for (int step = 0; step < refineRounds; step++) {
            GlobalCentroids current = global;
            global = channel.exchange(clients, new Exchange<GlobalCentroids, CentroidSums, GlobalCentroids>() {
                @Override
                public GlobalCentroids configure(int client) {
                    return current;
                }

                @Override
                public CentroidSums work(Client client, GlobalCentroids centroids) {
                    return ClientClustering.sums(embeddings[client.id()], weights[client.id()], centroids, kernels);
                }

                @Override
                public GlobalCentroids aggregate(Map<Integer, CentroidSums> shares) {
                    return FederatedKMeans.lloydStep(current, new ArrayList<>(shares.values()));
                }
            });
        }
        GlobalCentroids centroids = global;
        int[][] allocation = channel.exchange(clients, new Exchange<GlobalCentroids, CentroidDistances, int[][]>() {
            @Override
            public GlobalCentroids configure(int client) {
                return centroids;
            }

            @Override
            public CentroidDistances work(Client client, GlobalCentroids sent) {
                Embeddings points = embeddings[client.id()];
                return points.size() == 0 ? new CentroidDistances(filled(sent.count(), Float.POSITIVE_INFINITY))
                        : ClientClustering.nearest(points, sent, kernels);
            }

            @Override
            public int[][] aggregate(Map<Integer, CentroidDistances> distances) {
                int[] capacity = new int[n];
                for (int k = 0; k < n; k++) {
                    capacity[k] = withQuota ? context.quotas()[k] : embeddings[k].size();
                }
                return CentroidAllocation.allocate(new ArrayList<>(distances.values()), capacity);
            }
        });
        int[][] chosen = new int[n][];
        channel.exchange(clients, new Exchange<Allocation, Allocation, Void>() {
            @Override
            public Allocation configure(int client) {
                return new Allocation(allocation[client]);
            }

            @Override
            public Allocation work(Client client, Allocation allocated) {
                int k = client.id();
                chosen[k] = Geometry.through(kept[k],
                        ClientClustering.cover(embeddings[k], centroids, allocated.centroids(), kernels, metric));
                return null;
            }

            @Override
            public Void aggregate(Map<Integer, Allocation> none) {
                return null;
            }
        });
        return chosen;
    }

    private static float[] filled(int n, float value) {
        float[] out = new float[n];
        Arrays.fill(out, value);
        return out;
    }
}
