package io.falbench.reports.stats;

/**
 * The power of the paired t tests here for n seeds, true mean difference and s.d. taken as observed, from the
 * noncentral t ({@link NoncentralT}; e.g. Cohen 1988, ch. 2):
 * <ul>
 * <li>one-sided: 1 - F(t_crit; n - 1, effect sqrt(n) / sd), the effect being the distance from the null bound in
 * the direction tested (mean - 0 for "above 0", bound - mean for "below a bound");</li>
 * <li>TOST at a margin: 1 - F(t_crit; n - 1, (margin - mean) sqrt(n) / sd) - F(t_crit; n - 1, (margin + mean)
 * sqrt(n) / sd), at least 0; a lower bound of the exact power (Owen's Q), close to it once that is above 1/2.</li>
 * </ul>
 * t_crit is the one-sided critical t at alpha. With s.d. 0 the power is 1 when the effect is on the tested side,
 * else 0 (the test's own rule for identical differences). A noncentrality beyond {@link NoncentralT#MAX_NCP} (a
 * spread over a thousand times below the effect) is taken at that bound, which can only lower the power.
 */
final class Power {

    private Power() {
    }

    static double oneSided(double effect, double sd, int seeds, double alpha) {
        if (sd == 0) {
            return effect > 0 ? 1 : 0;
        }
        int df = seeds - 1;
        return 1 - NoncentralT.cdf(PairedT.critical(seeds, alpha), df, bounded(effect * Math.sqrt(seeds) / sd));
    }

    static double equivalence(double mean, double sd, double margin, int seeds, double alpha) {
        if (sd == 0) {
            return Math.abs(mean) < margin ? 1 : 0;
        }
        int df = seeds - 1;
        double critical = PairedT.critical(seeds, alpha);
        double root = Math.sqrt(seeds) / sd;
        return Math.max(0, 1 - NoncentralT.cdf(critical, df, bounded((margin - mean) * root))
                - NoncentralT.cdf(critical, df, bounded((margin + mean) * root)));
    }

    private static double bounded(double ncp) {
        return Math.max(-NoncentralT.MAX_NCP, Math.min(NoncentralT.MAX_NCP, ncp));
    }
}
