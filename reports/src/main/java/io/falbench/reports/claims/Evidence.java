package io.falbench.reports.claims;

import io.falbench.reports.stats.Interval;
import io.falbench.reports.stats.PairedT;
import io.falbench.reports.stats.SeedsNeeded;
import io.falbench.reports.stats.SignFlipPermutation;
import io.falbench.reports.stats.Tost;
import io.falbench.reports.stats.WilcoxonSignedRank;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence of one comparison, from its paired differences d (higher-expected arm minus the other, one per seed,
 * in points), by the symmetric rules of docs/statistics.md. The paired t decides: "better" with smallest effect
 * delta has p_for = P(mean above 0) and p_against = P(mean below delta); "similar" with margin m has p_for = the TOST
 * p at m (Schuirmann 1987) and p_against = the smaller of P(mean beyond +m) and P(mean beyond -m). The exact
 * Wilcoxon signed-rank and sign-flip p_for of the same hypotheses (d shifted by the margin for "similar") are kept
 * beside it as checks that do not assume normal differences.
 *
 * @param interval the 90% t interval: at alpha 0.05 a one-sided p is below alpha exactly when it excludes the bound
 */
record Evidence(PairedT t, Interval interval, double pFor, double pAgainst, double wilcoxonPFor,
                double signFlipPFor) {

    static final double ALPHA = 0.05;
    static final double LEVEL = 1 - 2 * ALPHA;

    static Evidence of(Claim.Kind kind, double threshold, double[] d) {
        PairedT t = PairedT.of(d);
        if (kind == Claim.Kind.SIMILAR) {
            double[] up = shift(d, threshold);
            double[] down = shift(d, -threshold);
            return new Evidence(t, t.interval(LEVEL), Tost.of(t, threshold).p(),
                    Math.min(t.pGreater(threshold), t.pLess(-threshold)),
                    Math.max(wilcoxon(up).pGreater(), wilcoxon(down).pLess()),
                    Math.max(SignFlipPermutation.of(up).pGreater(), SignFlipPermutation.of(down).pLess()));
        }
        return new Evidence(t, t.interval(LEVEL), t.pGreater(0), t.pLess(threshold), wilcoxon(d).pGreater(),
                SignFlipPermutation.of(d).pGreater());
    }

    /** The outcome from the family's Holm-adjusted p-values: for the claim, else against it, else neither. */
    static Verdict verdict(double adjustedFor, double adjustedAgainst) {
        return adjustedFor < ALPHA ? Verdict.REPRODUCED
                : adjustedAgainst < ALPHA ? Verdict.NOT_REPRODUCED : Verdict.INCONCLUSIVE;
    }

    /**
     * For an inconclusive comparison: the seeds that would decide it at the observed mean and s.d. (80% power, the
     * paired t at alpha / family size, Holm's first step), for each outcome the observed mean points to. A mean
     * within rounding (1e-9 relative) of a bound points to neither side of it. Where a plan fixes the seeds
     * ({@code planned} above 0), a number beyond it says so: the plan will not reach it.
     */
    String seedsNeeded(Claim.Kind kind, double threshold, int familySize, int planned) {
        double alpha = ALPHA / Math.max(1, familySize);
        double mean = t.mean();
        double sd = t.sd();
        double rounding = 1e-9 * Math.max(1, threshold);
        List<String> ways = new ArrayList<>();
        if (kind == Claim.Kind.SIMILAR) {
            if (Math.abs(mean) < threshold - rounding) {
                ways.add("reproduce: " + seeds(SeedsNeeded.equivalence(mean, sd, threshold, alpha), planned));
            } else if (Math.abs(mean) > threshold + rounding) {
                ways.add("not reproduce: " + seeds(SeedsNeeded.oneSided(Math.abs(mean) - threshold, sd, alpha),
                        planned));
            }
        } else {
            if (mean > rounding) {
                ways.add("reproduce: " + seeds(SeedsNeeded.oneSided(mean, sd, alpha), planned));
            }
            if (mean < threshold - rounding) {
                ways.add("not reproduce: " + seeds(SeedsNeeded.oneSided(threshold - mean, sd, alpha), planned));
            }
        }
        return ways.isEmpty() ? "none: the observed mean sits on the " + (kind == Claim.Kind.SIMILAR ? "margin"
                : "bound") + ", no number of seeds is expected to move it" : String.join("; ", ways);
    }

    private static String seeds(SeedsNeeded needed, int planned) {
        String text = needed.reachable() ? needed.seeds() + " seeds" : "over " + needed.seeds() + " seeds";
        return planned > 0 && (!needed.reachable() || needed.seeds() > planned)
                ? text + ", beyond the " + planned + " planned" : text;
    }

    private static WilcoxonSignedRank wilcoxon(double[] d) {
        return WilcoxonSignedRank.of(d, WilcoxonSignedRank.Zeros.WILCOX);
    }

    private static double[] shift(double[] d, double by) {
        double[] shifted = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            shifted[i] = d[i] + by;
        }
        return shifted;
    }
}
