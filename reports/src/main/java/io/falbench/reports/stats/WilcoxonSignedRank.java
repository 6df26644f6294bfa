package io.falbench.reports.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Wilcoxon (1945) signed-rank test on paired differences with its exact null distribution, ties included: the
 * |d| are ranked with midranks, and the distribution of T+ (the rank sum of the positive differences) given those
 * ranks, each sign + or - with probability 1/2, is built by dynamic programming over doubled midranks (integers).
 * This is the exact conditional (permutation) test SciPy runs as {@code wilcoxon(d, method=PermutationMethod())}, for
 * any n up to {@value #MAX_PAIRS} (n = 50 takes about a millisecond, n = 1,000 under a second); below 54 pairs
 * every probability is an exact binary fraction. Zero differences: {@link Zeros#WILCOX} drops them before ranking
 * (Wilcoxon 1945; SciPy's default), {@link Zeros#PRATT} ranks them and then drops their ranks (Pratt 1959). Ties
 * are exact equality of |d|.
 *
 * @param pairs the differences given, zeros included
 * @param zeros how many of them are 0
 * @param statistic T+, the sum of the (mid)ranks of the positive differences
 * @param pLess P(T+ at most the observed) under the null: evidence the differences lean negative
 * @param pGreater P(T+ at least the observed): evidence they lean positive
 * @param pTwoSided twice the smaller of the two, at most 1
 */
public record WilcoxonSignedRank(int pairs, int zeros, double statistic, double pLess, double pGreater,
                                 double pTwoSided) {

    static final int MAX_PAIRS = 1000;

    /** What happens to zero differences. */
    public enum Zeros { WILCOX, PRATT }

    public static WilcoxonSignedRank of(double[] differences, Zeros zeros) {
        double[] d = Differences.require(differences, 1, "the Wilcoxon signed-rank test");
        if (d.length > MAX_PAIRS) {
            throw new IllegalArgumentException("the exact Wilcoxon signed-rank test takes at most " + MAX_PAIRS
                    + " pairs, got " + d.length + ": use the paired t test (PairedT) for so many seeds");
        }
        int[] doubled = doubledMidranks(d, zeros);
        int[] nonzero = IntStream.range(0, d.length).filter(i -> d[i] != 0).map(i -> doubled[i]).toArray();
        int total = Arrays.stream(nonzero).sum();
        int observed = IntStream.range(0, d.length).filter(i -> d[i] > 0).map(i -> doubled[i]).sum();
        double[] distribution = nullDistribution(nonzero, total);
        double less = 0;
        double greater = 0;
        for (int s = 0; s <= total; s++) {
            less += s <= observed ? distribution[s] : 0;
            greater += s >= observed ? distribution[s] : 0;
        }
        less = Math.min(1, less);
        greater = Math.min(1, greater);
        int zeroCount = (int) Arrays.stream(d).filter(v -> v == 0).count();
        return new WilcoxonSignedRank(d.length, zeroCount, observed / 2.0, less, greater,
                Math.min(1, 2 * Math.min(less, greater)));
    }

    /** Twice the midrank of each |d| (an integer), zeros ranked first with PRATT; 0 for a zero dropped by WILCOX. */
    private static int[] doubledMidranks(double[] d, Zeros zeros) {
        int[] order = IntStream.range(0, d.length).filter(i -> zeros == Zeros.PRATT || d[i] != 0).boxed()
                .sorted(Comparator.comparingDouble(i -> Math.abs(d[i]))).mapToInt(Integer::intValue).toArray();
        int[] doubled = new int[d.length];
        for (int from = 0; from < order.length; ) {
            int to = from;
            while (to + 1 < order.length && Math.abs(d[order[to + 1]]) == Math.abs(d[order[from]])) {
                to++;
            }
            for (int k = from; k <= to; k++) {
                doubled[order[k]] = from + to + 2;
            }
            from = to + 1;
        }
        return doubled;
    }

    /** P(doubled T+ = s) for s = 0..total when each rank counts with probability 1/2, independently. */
    private static double[] nullDistribution(int[] doubledRanks, int total) {
        double[] p = new double[total + 1];
        p[0] = 1;
        int reach = 0;
        for (int r : doubledRanks) {
            reach += r;
            for (int s = reach; s >= r; s--) {
                p[s] = 0.5 * (p[s] + p[s - r]);
            }
            for (int s = r - 1; s >= 0; s--) {
                p[s] *= 0.5;
            }
        }
        return p;
    }
}
