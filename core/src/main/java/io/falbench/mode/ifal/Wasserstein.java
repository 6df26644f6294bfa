package io.falbench.mode.ifal;

import java.util.Arrays;

/**
 * The distance IFAL compares two probability vectors with: SciPy's {@code scipy.stats.wasserstein_distance(u, v)}
 * (chenchenzong/IFAL {@code query_strategies/fal/ifal.py} at 39c3989, lines 117, 118, 123; SciPy 1.7.2 pinned), which
 * reads its two arguments as samples of values on the real line, each value of weight 1/n, not as weights over the
 * classes: the first Wasserstein distance between the two empirical distributions, which for equal sizes is
 * (1/n) sum_k |u_(k) - v_(k)| over the sorted vectors (SciPy integrates |U - V| between the merged values: the same
 * number up to rounding). It is blind to which class holds which probability.
 */
final class Wasserstein {

    private Wasserstein() {
    }

    /** Between rows {@code i} of two row-major matrices of {@code n} columns. */
    static double between(double[] u, double[] v, int i, int n) {
        double[] a = Arrays.copyOfRange(u, i * n, (i + 1) * n);
        double[] b = Arrays.copyOfRange(v, i * n, (i + 1) * n);
        Arrays.sort(a);
        Arrays.sort(b);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += Math.abs(a[k] - b[k]);
        }
        return sum / n;
    }
}
