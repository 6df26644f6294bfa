package io.falbench.reports.compare;

import io.falbench.reports.stats.Interval;
import io.falbench.reports.stats.PairedT;
import io.falbench.reports.stats.WilcoxonSignedRank;

/**
 * New minus baseline over seeds paired by seed number, one difference per seed (docs/statistics.md): the mean
 * difference with its 95% paired t interval and two-sided paired t p (Student 1908; {@link PairedT}), the exact
 * two-sided Wilcoxon signed-rank p, zeros dropped ({@link WilcoxonSignedRank}), and the effect size d_z = mean / s.d.
 * of the differences. Values are in the metric's own unit. Each difference is rounded to {@value #RESOLUTION} (far
 * below a test set's resolution), so that the floating-point noise of an exact shift does not pass for a spread over
 * seeds. With one seed the t interval, its p and d_z do not exist (NaN).
 */
public record PairedDifference(int pairs, double baselineMean, double newMean, double meanDifference, double ciLow,
                               double ciHigh, double wilcoxonP, double pairedTP, double effectSize) {

    /** The coverage of {@link #ciLow()} .. {@link #ciHigh()}. */
    public static final double LEVEL = 0.95;
    static final double RESOLUTION = 1e-10;

    public static PairedDifference of(double[] baseline, double[] candidate) {
        if (baseline.length != candidate.length || baseline.length == 0) {
            throw new IllegalArgumentException("paired samples need the same positive length (one value per seed),"
                    + " got " + baseline.length + " and " + candidate.length);
        }
        int n = baseline.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.rint((candidate[i] - baseline[i]) / RESOLUTION) * RESOLUTION;
        }
        double wilcoxon = WilcoxonSignedRank.of(d, WilcoxonSignedRank.Zeros.WILCOX).pTwoSided();
        if (n < 2) {
            return new PairedDifference(1, baseline[0], candidate[0], d[0], Double.NaN, Double.NaN, wilcoxon,
                    Double.NaN, Double.NaN);
        }
        PairedT t = PairedT.of(d);
        Interval interval = t.interval(LEVEL);
        double effect = t.sd() > 0 ? t.mean() / t.sd() : t.mean() == 0 ? 0 : Double.NaN;
        return new PairedDifference(n, mean(baseline), mean(candidate), t.mean(), interval.low(), interval.high(),
                wilcoxon, t.pTwoSided(0), effect);
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }
}
