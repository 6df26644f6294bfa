package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;

/**
 * Typicality (Hacohen, Dekel and Weinshall, ICML 2022, "Active Learning on a Budget"): the inverse of a point's mean
 * squared Euclidean distance to its k nearest neighbours among the given points, 1 / (mean + 1e-5), as the official
 * code computes it (avihu111/TypiClust {@code pycls/al/typiclust.py} {@code calculate_typicality}: a faiss
 * {@code IndexFlatL2} search of k + 1 neighbours, whose first, the point itself, is dropped; faiss returns squared
 * distances). Distances come from the kernels in row blocks; the k + 1 smallest of each row are kept by insertion and
 * the smallest dropped. With k = 0 every score is 0, so the first point wins (the official code's mean of no
 * distance is NaN, and NumPy's argmax of NaNs is the first).
 */
final class Typicality {

    /** Added to the mean distance before inverting (the official code's constant). */
    static final double EPSILON = 1e-5;

    /** At most this many floats of distances at once. */
    private static final int BLOCK_FLOATS = 1 << 22;

    private Typicality() {
    }

    static double[] scores(Kernels kernels, Embeddings points, int k) {
        int n = points.size();
        double[] out = new double[n];
        if (k == 0 || n == 0) {
            return out;
        }
        if (k >= n) {
            throw new IllegalArgumentException("typicality needs k < n neighbours, got k = " + k + ", n = " + n);
        }
        int rows = Math.max(1, Math.min(n, BLOCK_FLOATS / n));
        float[] nearest = new float[k + 1];
        for (int from = 0; from < n; from += rows) {
            int count = Math.min(rows, n - from);
            float[] block = kernels.pairwiseDistances(Geometry.rows(points, from, count), points, Metric.SQUARED_EUCLIDEAN);
            for (int r = 0; r < count; r++) {
                int kept = 0;
                for (int j = 0; j < n; j++) {
                    kept = insert(nearest, kept, block[r * n + j]);
                }
                double sum = 0;
                for (int m = 1; m <= k; m++) {
                    sum += nearest[m];
                }
                out[from + r] = 1 / (sum / k + EPSILON);
            }
        }
        return out;
    }

    /** Inserts {@code value} into the ascending {@code kept} smallest so far (capacity nearest.length). */
    static int insert(float[] nearest, int kept, float value) {
        if (kept == nearest.length && !(value < nearest[kept - 1])) {
            return kept;
        }
        int at = kept == nearest.length ? kept - 1 : kept;
        while (at > 0 && nearest[at - 1] > value) {
            nearest[at] = nearest[at - 1];
            at--;
        }
        nearest[at] = value;
        return Math.min(kept + 1, nearest.length);
    }
}
