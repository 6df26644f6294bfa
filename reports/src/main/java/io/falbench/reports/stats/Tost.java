package io.falbench.reports.stats;

/**
 * Two one-sided tests of equivalence (Schuirmann 1987): the mean difference is shown inside (-margin, +margin) when
 * both "it is at most -margin" and "it is at least +margin" are rejected; p = the larger of the two p-values, and
 * p below alpha exactly when the (1 - 2 alpha) t interval (90% at alpha 0.05) lies inside the margin. SciPy:
 * {@code max(ttest_1samp(d, -margin, alternative='greater').pvalue, ttest_1samp(d, margin,
 * alternative='less').pvalue)}.
 *
 * @param pLower the p of "the mean difference is at most -margin"
 * @param pUpper the p of "the mean difference is at least +margin"
 */
public record Tost(double margin, double pLower, double pUpper) {

    public static Tost of(PairedT test, double margin) {
        if (!(margin > 0 && Double.isFinite(margin))) {
            throw new IllegalArgumentException("an equivalence margin is a positive number in the metric's unit, got "
                    + margin);
        }
        return new Tost(margin, test.pGreater(-margin), test.pLess(margin));
    }

    /** The TOST p-value: equivalence is shown at alpha when it is below alpha. */
    public double p() {
        return Math.max(pLower, pUpper);
    }
}
