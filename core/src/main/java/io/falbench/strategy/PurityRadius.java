package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * ProbCover's choice of the ball radius (Yehuda, Dekel, Hacohen and Weinshall, NeurIPS 2022, "Active Learning
 * Through a Covering Lens"): pseudo-labels from k-means with k = the number of classes ({@link SklearnKMeans}); a
 * delta-ball is pure when every point closer than delta to its centre shares the centre's pseudo-label; purity(delta)
 * is the share of points whose ball is pure; delta is the largest value with purity(delta) >= alpha. A point's ball
 * stays pure up to r(x), its distance to the nearest point of another pseudo-label, so delta is the
 * ceil(alpha n)-th largest r(x), taken exactly (the paper reports values on a 0.05 grid). The official code takes
 * delta as a flag instead ({@code --initial_delta}); this is the paper's rule, applied to whatever embeddings it is
 * given.
 */
final class PurityRadius {

    private PurityRadius() {
    }

    /** delta^2 for {@code points}: +infinity where fewer than two pseudo-labels exist (every ball is pure). */
    static double squared(Kernels kernels, Embeddings points, int classes, double alpha, long seed) {
        int n = points.size();
        int k = Math.min(classes, n);
        if (k < 2) {
            return Double.POSITIVE_INFINITY;
        }
        int[] labels = new SklearnKMeans(kernels).fit(points, k, seed).labels();
        float[] reach = new float[n];
        Arrays.fill(reach, Float.POSITIVE_INFINITY);
        for (int c = 0; c < k; c++) {
            int cluster = c;
            int[] inside = IntStream.range(0, n).filter(i -> labels[i] == cluster).toArray();
            int[] outside = IntStream.range(0, n).filter(i -> labels[i] != cluster).toArray();
            if (inside.length == 0 || outside.length == 0) {
                continue;
            }
            float[] nearest = kernels.prototypeDistances(Geometry.rows(points, inside),
                    Geometry.rows(points, outside), Metric.SQUARED_EUCLIDEAN, Extremum.MIN).distance();
            for (int i = 0; i < inside.length; i++) {
                reach[inside[i]] = Math.max(0f, nearest[i]);
            }
        }
        return largestPure(reach, alpha);
    }

    /** The largest squared radius at which at least ceil(alpha n) of the squared reaches are >= it. */
    static double largestPure(float[] squaredReach, double alpha) {
        int n = squaredReach.length;
        int pure = (int) Math.max(1, Math.min(n, Math.ceil(alpha * n - 1e-9)));
        float[] sorted = squaredReach.clone();
        Arrays.sort(sorted);
        return sorted[n - pure];
    }
}
