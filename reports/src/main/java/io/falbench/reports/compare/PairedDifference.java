package io.falbench.reports.compare;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * New minus baseline over seeds paired by index: the mean difference with a percentile bootstrap 95% interval
 * (10,000 resamples of the paired differences, a fixed seed, so a report is reproducible), the Wilcoxon signed-rank
 * test (exact; Apache Commons Math), the paired t-test, and the effect size d_z = mean / s.d. of the differences.
 * Values are in the metric's own unit.
 */
public record PairedDifference(int pairs, double baselineMean, double newMean, double meanDifference, double ciLow,
                               double ciHigh, double wilcoxonP, double pairedTP, double effectSize) {

    static final int RESAMPLES = 10_000;

    public static PairedDifference of(double[] baseline, double[] candidate) {
        if (baseline.length != candidate.length || baseline.length == 0) {
            throw new IllegalArgumentException("paired samples need the same positive length, got "
                    + baseline.length + " and " + candidate.length);
        }
        int n = baseline.length;
        double[] d = new double[n];
        Arrays.setAll(d, i -> candidate[i] - baseline[i]);
        double mean = mean(d);
        double sd = sd(d, mean);
        boolean allZero = Arrays.stream(d).allMatch(v -> v == 0);
        double wilcoxon = allZero ? 1 : new WilcoxonSignedRankTest().wilcoxonSignedRankTest(candidate, baseline,
                n <= 30);
        double t = n >= 2 && sd > 0 ? new TTest().pairedTTest(candidate, baseline) : allZero ? 1 : Double.NaN;
        double effect = sd > 0 ? mean / sd : allZero ? 0 : Double.NaN;
        double[] interval = bootstrap(d);
        return new PairedDifference(n, mean(baseline), mean(candidate), mean, interval[0], interval[1], wilcoxon, t,
                effect);
    }

    private static double[] bootstrap(double[] d) {
        SplittableRandom random = new SplittableRandom(20261130L);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                sum += d[random.nextInt(d.length)];
            }
            means[b] = sum / d.length;
        }
        Arrays.sort(means);
        return new double[] {means[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                means[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double sd(double[] v, double mean) {
        if (v.length < 2) {
            return 0;
        }
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
