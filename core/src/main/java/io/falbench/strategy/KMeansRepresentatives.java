package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * scikit-learn's {@code KMeans(n_clusters=k)} ({@link SklearnKMeans}) on the points, then from each non-empty cluster
 * its member nearest the centre by squared Euclidean distance (the first on ties), in cluster order; a cluster left
 * empty gives none. The {@code sample} step of ALFA-Mix as LoGo's code runs it (raymin0223/LoGo
 * {@code query_strategies/alfa_mix.py}) and of IFAL (chenchenzong/IFAL {@code query_strategies/fal/ifal.py}).
 */
public final class KMeansRepresentatives {

    private KMeansRepresentatives() {
    }

    /** The rows picked, at most k (fewer only when clusters come out empty). */
    public static int[] of(Kernels kernels, Embeddings points, int k, long seed) {
        SklearnKMeans.Clustering clustering = new SklearnKMeans(kernels).fit(points, k, seed);
        int dim = points.dim();
        int[] nearest = new int[k];
        double[] best = new double[k];
        Arrays.fill(nearest, -1);
        for (int i = 0; i < points.size(); i++) {
            int c = clustering.labels()[i];
            double distance = 0;
            for (int d = 0; d < dim; d++) {
                double difference = (double) points.values()[i * dim + d] - clustering.centres()[c * dim + d];
                distance += difference * difference;
            }
            if (nearest[c] < 0 || distance < best[c]) {
                nearest[c] = i;
                best[c] = distance;
            }
        }
        return IntStream.of(nearest).filter(i -> i >= 0).toArray();
    }
}
