package io.falbench.reports.claims;

import io.falbench.reports.compare.CurveMetric;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A claim of a source as a test over a run's cells. Kinds: {@code better A B} (A above B), {@code best A over B C ...}
 * (A above each), {@code order A > B > C ...} (each above the next), {@code similar A B} (within a margin of each
 * other), {@code untested} (stated, not expressible over this run's cells; {@code reason} says why). Each testable
 * claim declares its threshold with a reason (the margin of a "similar", the smallest effect of interest of the
 * others) and how it is judged over several configurations; a revision names the claim it revises and why.
 *
 * @param line the claims file's line the claim starts on
 */
public record Claim(String id, String statement, Kind kind, List<Arm> arms, CurveMetric metric, Threshold threshold,
                    Judging judging, Revision revision, String reason, int line) {

    /** How the arms are compared. */
    public enum Kind { BETTER, BEST, ORDER, SIMILAR, UNTESTED }

    /** How a claim over several configurations (a {@code *} or a set in its arms) is judged. */
    public enum Judging {
        /** One number per seed: the mean over the configurations within the seed (stratified, as rliable). */
        PER_SEED("per seed"),
        /** Each configuration its own comparison, the family corrected with Holm. */
        PER_CONFIGURATION("per configuration");

        private final String text;

        Judging(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The margin of a "similar" claim or the smallest effect of interest of the others, in points, with the claims
     * file's one-line reason for it.
     */
    public record Threshold(double points, String reason) {

        @Override
        public String toString() {
            return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
        }
    }

    /** A later change of a claim: the claim it revises (kept and judged too) and why it changed. */
    public record Revision(String revises, String reason) {
    }

    /** Whether a verdict is drawn from the run's cells (not {@code untested}). */
    boolean tested() {
        return kind != Kind.UNTESTED;
    }

    /** The ordered pairs (higher expected first) this claim compares; for SIMILAR the one pair. */
    List<Arm[]> pairs() {
        return switch (kind) {
            case BETTER, SIMILAR -> List.<Arm[]>of(new Arm[] {arms.get(0), arms.get(1)});
            case BEST -> arms.subList(1, arms.size()).stream().map(b -> new Arm[] {arms.get(0), b}).toList();
            case ORDER -> IntStream.range(0, arms.size() - 1)
                    .mapToObj(i -> new Arm[] {arms.get(i), arms.get(i + 1)}).toList();
            case UNTESTED -> List.of();
        };
    }

    /** The test as written in the claims file. */
    public String test() {
        return switch (kind) {
            case BETTER -> "better " + arms.get(0) + " " + arms.get(1) + " " + metric.label();
            case SIMILAR -> "similar " + arms.get(0) + " " + arms.get(1) + " " + metric.label();
            case BEST -> "best " + arms.get(0) + " over " + String.join(" ",
                    arms.subList(1, arms.size()).stream().map(Arm::toString).toList()) + " " + metric.label();
            case ORDER -> "order " + String.join(" > ", arms.stream().map(Arm::toString).toList()) + " "
                    + metric.label();
            case UNTESTED -> "untested";
        };
    }

    /** What the threshold is to this claim: "margin" or "smallest effect". */
    public String thresholdName() {
        return kind == Kind.SIMILAR ? "margin" : "smallest effect";
    }
}
