package io.falbench.reports.stats;

/**
 * A confidence interval of a mean difference, with where it lies against a bound or a margin (strictly: an end on
 * the bound does not lie beyond it).
 *
 * @param level the coverage, e.g. 0.90
 */
public record Interval(double low, double high, double level) {

    /** The whole interval above {@code bound}. */
    public boolean above(double bound) {
        return low > bound;
    }

    /** The whole interval below {@code bound}. */
    public boolean below(double bound) {
        return high < bound;
    }

    /** The whole interval inside (-margin, +margin). */
    public boolean within(double margin) {
        return low > -margin && high < margin;
    }

    /** The whole interval beyond +margin or beyond -margin. */
    public boolean outside(double margin) {
        return low > margin || high < -margin;
    }
}
