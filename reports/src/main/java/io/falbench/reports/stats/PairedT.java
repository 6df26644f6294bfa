package io.falbench.reports.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired t test (Student 1908) on paired differences, one per seed: t = (mean - bound) / (s.d. / sqrt(n)) with
 * n - 1 degrees of freedom, its one- and two-sided p-values and the t confidence interval of the mean difference
 * (Apache Commons Math's t distribution). As SciPy's {@code ttest_1samp(d, bound)} and {@code t.interval}. When every
 * difference is the same number the s.d. is 0: t is +-infinity (p 0 or 1) against another bound, the p-values are 1
 * against that very number, and the interval is that number.
 *
 * @param pairs n, at least 2
 * @param mean the mean difference
 * @param sd the sample standard deviation of the differences
 */
public record PairedT(int pairs, double mean, double sd) {

    private static final double INVERSE_ACCURACY = 1e-14;

    public PairedT {
        if (pairs < 2 || !Double.isFinite(mean) || !(sd >= 0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("a paired t test needs at least 2 pairs, a finite mean and a finite "
                    + "s.d. >= 0, got " + pairs + " pairs, mean " + mean + ", s.d. " + sd);
        }
    }

    public static PairedT of(double[] differences) {
        double[] d = Differences.require(differences, 2, "the paired t test");
        double mean = Differences.mean(d);
        return new PairedT(d.length, mean, Differences.sd(d, mean));
    }

    public int degreesOfFreedom() {
        return pairs - 1;
    }

    public double standardError() {
        return sd / Math.sqrt(pairs);
    }

    /** The t statistic against {@code bound} (infinite or NaN when the s.d. is 0). */
    public double t(double bound) {
        return (mean - bound) / standardError();
    }

    /** P of a t at least this large if the true mean difference were {@code bound}: evidence it is above. */
    public double pGreater(double bound) {
        return standardError() == 0 ? mean > bound ? 0 : 1 : distribution().cumulativeProbability(-t(bound));
    }

    /** P of a t at most this large if the true mean difference were {@code bound}: evidence it is below. */
    public double pLess(double bound) {
        return standardError() == 0 ? mean < bound ? 0 : 1 : distribution().cumulativeProbability(t(bound));
    }

    public double pTwoSided(double bound) {
        return standardError() == 0 ? mean == bound ? 1 : 0
                : Math.min(1, 2 * distribution().cumulativeProbability(-Math.abs(t(bound))));
    }

    /** The two-sided t interval of the mean difference at {@code level} (0.95; 0.90 for TOST at alpha 0.05). */
    public Interval interval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level is a number between 0 and 1 (e.g. 0.95), got "
                    + level);
        }
        double half = standardError() == 0 ? 0
                : distribution().inverseCumulativeProbability((1 + level) / 2) * standardError();
        return new Interval(mean - half, mean + half, level);
    }

    /** The critical t of a one-sided test at {@code alpha} with this many pairs. */
    static double critical(int pairs, double alpha) {
        return new TDistribution(null, pairs - 1, INVERSE_ACCURACY).inverseCumulativeProbability(1 - alpha);
    }

    private TDistribution distribution() {
        return new TDistribution(null, degreesOfFreedom(), INVERSE_ACCURACY);
    }
}
