package io.falbench.reports.stats;

import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * How many seeds a paired t test needs to reach a power (0.80 by default) at the observed mean difference and s.d.:
 * the smallest n from 2 up to a cap (default {@value #DEFAULT_MAX_SEEDS}) whose {@link Power} reaches it, each n
 * tried in turn; "not reachable" when none does (an effect on the wrong side of the bound, or too small for the cap).
 *
 * @param seeds the smallest n reaching the power, or the cap when not reachable
 * @param power the power at {@code seeds}
 * @param reachable whether {@code seeds} reaches the power asked
 */
public record SeedsNeeded(int seeds, double power, boolean reachable) {

    static final int DEFAULT_MAX_SEEDS = 1000;
    static final double DEFAULT_POWER = 0.80;

    /**
     * Seeds for a one-sided paired t test at {@code alpha} to find the effect: {@code effect} is the observed mean
     * minus the bound for "above the bound" (0, or the smallest effect of interest), the bound minus the mean for
     * "below it".
     */
    public static SeedsNeeded oneSided(double effect, double sd, double alpha) {
        return oneSided(effect, sd, alpha, DEFAULT_POWER, DEFAULT_MAX_SEEDS);
    }

    public static SeedsNeeded oneSided(double effect, double sd, double alpha, double power, int maxSeeds) {
        check(effect, "effect", sd, alpha, power, maxSeeds);
        return search(n -> Power.oneSided(effect, sd, n, alpha), power, maxSeeds);
    }

    /** Seeds for TOST at {@code alpha} to show a mean difference of {@code mean} inside (-margin, +margin). */
    public static SeedsNeeded equivalence(double mean, double sd, double margin, double alpha) {
        return equivalence(mean, sd, margin, alpha, DEFAULT_POWER, DEFAULT_MAX_SEEDS);
    }

    public static SeedsNeeded equivalence(double mean, double sd, double margin, double alpha, double power,
                                          int maxSeeds) {
        check(mean, "mean", sd, alpha, power, maxSeeds);
        if (!(margin > 0 && Double.isFinite(margin))) {
            throw new IllegalArgumentException("an equivalence margin is a positive number, got " + margin);
        }
        return search(n -> Power.equivalence(mean, sd, margin, n, alpha), power, maxSeeds);
    }

    private static SeedsNeeded search(IntToDoubleFunction powerAt, double power, int maxSeeds) {
        double reached = Double.NaN;
        for (int n = 2; n <= maxSeeds; n++) {
            reached = powerAt.applyAsDouble(n);
            if (reached >= power) {
                return new SeedsNeeded(n, reached, true);
            }
        }
        return new SeedsNeeded(maxSeeds, reached, false);
    }

    private static void check(double effect, String what, double sd, double alpha, double power, int maxSeeds) {
        if (!Double.isFinite(effect) || !(sd >= 0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("seeds for power need a finite " + what + " and s.d. >= 0 (from at "
                    + "least 2 seeds), got " + what + " " + effect + ", s.d. " + sd);
        }
        if (!(alpha > 0 && alpha < 0.5) || !(power > 0 && power < 1) || maxSeeds < 2) {
            throw new IllegalArgumentException("seeds for power need 0 < alpha < 0.5, 0 < power < 1 and a cap of at "
                    + "least 2 seeds, got alpha " + alpha + ", power " + power + ", cap " + maxSeeds);
        }
    }

    @Override
    public String toString() {
        return reachable ? seeds + " seeds (power " + String.format(Locale.ROOT, "%.2f", power) + ")"
                : "not reachable within " + seeds + " seeds";
    }
}
