package io.falbench.reports.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The sign-flip permutation test of a mean paired difference (Fisher 1935, ch. 21): under the null each difference is
 * as likely to have had the other sign, so the observed sum is ranked among the sums of all 2^n sign patterns. Exact
 * up to {@value #EXACT_UP_TO} pairs, by meeting in the middle (the signed sums of each half, both sorted, the pairs
 * counted in one sweep); beyond that a seeded Monte-Carlo of {@value #RESAMPLES} random sign patterns, p = (hits + 1) /
 * (resamples + 1) (Phipson and Smyth 2010), its standard error sqrt(p (1 - p) / resamples) reported. A pattern's
 * sum within 1e-12 x (the sum of |d|) of the observed sum counts as equal to it (that is rounding, not data). SciPy:
 * {@code permutation_test((d,), np.mean, permutation_type='samples')}.
 *
 * @param pairs the differences given, zeros included (a zero flips to itself)
 * @param mean their mean
 * @param pLess the share of sign patterns whose sum is at most the observed
 * @param pGreater the share whose sum is at least the observed
 * @param pTwoSided twice the smaller of the two, at most 1
 * @param resamples 0 when exact, else how many random patterns were drawn
 * @param standardError the Monte-Carlo standard error of the smaller one-sided p (twice it for the two-sided; 0 when
 *                      exact)
 */
public record SignFlipPermutation(int pairs, double mean, double pLess, double pGreater, double pTwoSided,
                                  long resamples, double standardError) {

    static final int EXACT_UP_TO = 40;
    static final int RESAMPLES = 1_000_000;
    static final long SEED = 20_270_101L;
    private static final double TOLERANCE = 1e-12;

    public static SignFlipPermutation of(double[] differences) {
        double[] d = Differences.require(differences, 1, "the sign-flip test");
        return d.length <= EXACT_UP_TO ? exact(d) : monteCarlo(d, RESAMPLES, SEED);
    }

    static SignFlipPermutation exact(double[] d) {
        double[] left = signedSums(Arrays.copyOfRange(d, 0, d.length / 2));
        double[] right = signedSums(Arrays.copyOfRange(d, d.length / 2, d.length));
        Arrays.sort(left);
        Arrays.sort(right);
        double observed = sum(d);
        double slack = slack(d);
        double patterns = Math.pow(2, d.length);
        return result(d, pairsAtMost(left, right, observed + slack) / patterns,
                (patterns - pairsBelow(left, right, observed - slack)) / patterns, 0);
    }

    static SignFlipPermutation monteCarlo(double[] d, int resamples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double observed = sum(d);
        double slack = slack(d);
        long atMost = 0;
        long atLeast = 0;
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            long bits = 0;
            for (int i = 0; i < d.length; i++) {
                if (i % 64 == 0) {
                    bits = random.nextLong();
                }
                s += (bits >>> (i % 64) & 1) == 0 ? d[i] : -d[i];
            }
            atMost += s <= observed + slack ? 1 : 0;
            atLeast += s >= observed - slack ? 1 : 0;
        }
        return result(d, (atMost + 1.0) / (resamples + 1.0), (atLeast + 1.0) / (resamples + 1.0), resamples);
    }

    private static SignFlipPermutation result(double[] d, double less, double greater, long resamples) {
        double p = Math.min(less, greater);
        double error = resamples == 0 ? 0 : Math.sqrt(p * (1 - p) / resamples);
        return new SignFlipPermutation(d.length, Differences.mean(d), Math.min(1, less), Math.min(1, greater),
                Math.min(1, 2 * p), resamples, error);
    }

    /** The sum of every sign pattern of {@code half}. */
    private static double[] signedSums(double[] half) {
        double[] sums = new double[1 << half.length];
        int filled = 1;
        for (double x : half) {
            for (int i = 0; i < filled; i++) {
                sums[filled + i] = sums[i] - x;
                sums[i] += x;
            }
            filled *= 2;
        }
        return sums;
    }

    /** How many pairs (a, b) of the two sorted arrays have a + b at most {@code bound}: one sweep, b falling. */
    private static long pairsAtMost(double[] left, double[] right, double bound) {
        long count = 0;
        int j = right.length;
        for (double a : left) {
            while (j > 0 && a + right[j - 1] > bound) {
                j--;
            }
            count += j;
        }
        return count;
    }

    /** How many pairs have a + b below {@code bound}. */
    private static long pairsBelow(double[] left, double[] right, double bound) {
        long count = 0;
        int j = right.length;
        for (double a : left) {
            while (j > 0 && a + right[j - 1] >= bound) {
                j--;
            }
            count += j;
        }
        return count;
    }

    private static double sum(double[] d) {
        double s = 0;
        for (double v : d) {
            s += v;
        }
        return s;
    }

    private static double slack(double[] d) {
        return TOLERANCE * Arrays.stream(d).map(Math::abs).sum();
    }
}
