package io.falbench.fl.client;

import io.falbench.fl.message.CentroidDistances;
import io.falbench.fl.message.CentroidSums;
import io.falbench.fl.message.GlobalCentroids;
import io.falbench.fl.message.LocalCentroids;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import io.falbench.strategy.AssignmentMetric;
import io.falbench.strategy.Geometry;

/**
 * Client side of federated k-means (Kumar et al. 2020) for FAL-Global: everything here reads the client's candidate
 * embeddings and returns only a message (centroids with weights, per-centroid sums, per-centroid distances).
 */
public final class ClientClustering {

    static final int LLOYD_ITERATIONS = 100;

    private ClientClustering() {
    }

    public static LocalCentroids summarise(Embeddings candidates, float[] weights, int k, Kernels kernels, long seed) {
        KMeansResult result = kernels.weightedKMeans(candidates, weights, Embeddings.empty(candidates.dim()),
                new KMeansOptions(k, LLOYD_ITERATIONS, 0, seed, 1e-4));
        float[] mass = new float[k];
        for (int i = 0; i < candidates.size(); i++) {
            mass[result.assignment()[i]] += weights[i];
        }
        return new LocalCentroids(result.freeCentres().values(), mass, candidates.dim());
    }

    public static CentroidSums sums(Embeddings candidates, float[] weights, GlobalCentroids global, Kernels kernels) {
        int d = candidates.dim();
        RowExtrema nearest = kernels.prototypeDistances(candidates, centroids(global), Metric.SQUARED_EUCLIDEAN,
                Extremum.MIN);
        float[] sums = new float[global.count() * d];
        float[] mass = new float[global.count()];
        for (int i = 0; i < candidates.size(); i++) {
            int j = nearest.index()[i];
            mass[j] += weights[i];
            for (int x = 0; x < d; x++) {
                sums[j * d + x] += weights[i] * candidates.values()[i * d + x];
            }
        }
        return new CentroidSums(sums, mass, d);
    }

    public static CentroidDistances nearest(Embeddings candidates, GlobalCentroids global, Kernels kernels) {
        RowExtrema nearest = kernels.prototypeDistances(centroids(global), candidates, Metric.SQUARED_EUCLIDEAN,
                Extremum.MIN);
        return new CentroidDistances(nearest.distance());
    }

    /** One distinct candidate (position) per assigned centroid, at minimum total cost ({@code metric}). */
    public static int[] cover(Embeddings candidates, GlobalCentroids global, int[] assigned, Kernels kernels,
                              AssignmentMetric metric) {
        if (assigned.length == 0) {
            return new int[0];
        }
        int d = global.dimension();
        float[] rows = new float[assigned.length * d];
        for (int i = 0; i < assigned.length; i++) {
            System.arraycopy(global.centroids(), assigned[i] * d, rows, i * d, d);
        }
        return Geometry.nearestDistinct(kernels, candidates, new Embeddings(assigned.length, d, rows), metric);
    }

    private static Embeddings centroids(GlobalCentroids global) {
        return new Embeddings(global.count(), global.dimension(), global.centroids());
    }
}
