package io.falbench.reports.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's (1979) step-down adjustment of a family of p-values: sorted ascending, the i-th smallest (i from 1) times
 * (m - i + 1), made non-decreasing and capped at 1. A hypothesis is rejected at family-wise level alpha when its
 * adjusted p is below alpha; this controls the chance of any false rejection in the family under any dependence.
 */
public final class Holm {

    private Holm() {
    }

    /** The adjusted p-values, in the order given. */
    public static double[] adjust(double... p) {
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("Holm's adjustment takes p-values in [0, 1]; p-value " + i
                        + " of the family is " + p[i]);
            }
        }
        int m = p.length;
        int[] order = IntStream.range(0, m).boxed().sorted(Comparator.comparingDouble(i -> p[i]))
                .mapToInt(Integer::intValue).toArray();
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /** Which of the family Holm rejects at family-wise level {@code alpha}. */
    public static boolean[] rejects(double alpha, double... p) {
        double[] adjusted = adjust(p);
        boolean[] rejected = new boolean[adjusted.length];
        for (int i = 0; i < adjusted.length; i++) {
            rejected[i] = adjusted[i] < alpha;
        }
        return rejected;
    }
}
