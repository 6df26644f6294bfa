package io.falbench.fl.server;

import io.falbench.fl.message.CentroidSums;
import io.falbench.fl.message.GlobalCentroids;
import io.falbench.fl.message.LocalCentroids;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import java.util.List;

/**
 * Server side of federated k-means. One shot (Kumar et al. 2020, k-FED style): cluster the clients' centroids,
 * weighted by their counts, into k global centroids. Iterative refinement: a federated Lloyd step recomputes each
 * global centroid from the clients' per-centroid weighted sums.
 */
public final class FederatedKMeans {

    static final int LLOYD_ITERATIONS = 100;

    private FederatedKMeans() {
    }

    public static GlobalCentroids oneShot(List<LocalCentroids> locals, int k, Kernels kernels, long seed) {
        int dimension = locals.get(0).dimension();
        int total = locals.stream().mapToInt(LocalCentroids::count).sum();
        float[] points = new float[total * dimension];
        float[] weights = new float[total];
        int row = 0;
        for (LocalCentroids local : locals) {
            System.arraycopy(local.centroids(), 0, points, row * dimension, local.centroids().length);
            System.arraycopy(local.weights(), 0, weights, row, local.count());
            row += local.count();
        }
        if (k > total) {
            throw new IllegalArgumentException("federated k-means asked for " + k + " centroids from " + total
                    + " client centroids; clients must send at least k in all");
        }
        KMeansResult result = kernels.weightedKMeans(new Embeddings(total, dimension, points), weights,
                Embeddings.empty(dimension), new KMeansOptions(k, LLOYD_ITERATIONS, 0, seed, 1e-4));
        return new GlobalCentroids(result.freeCentres().values(), dimension);
    }

    /** One federated Lloyd step; a centroid no client's candidate chose stays where it was. */
    public static GlobalCentroids lloydStep(GlobalCentroids current, List<CentroidSums> shares) {
        int d = current.dimension();
        int k = current.count();
        double[] sums = new double[k * d];
        double[] weights = new double[k];
        for (CentroidSums share : shares) {
            for (int j = 0; j < k; j++) {
                weights[j] += share.weights()[j];
                for (int x = 0; x < d; x++) {
                    sums[j * d + x] += share.sums()[j * d + x];
                }
            }
        }
        float[] next = current.centroids().clone();
        for (int j = 0; j < k; j++) {
            if (weights[j] > 0) {
                for (int x = 0; x < d; x++) {
                    next[j * d + x] = (float) (sums[j * d + x] / weights[j]);
                }
            }
        }
        return new GlobalCentroids(next, d);
    }
}
