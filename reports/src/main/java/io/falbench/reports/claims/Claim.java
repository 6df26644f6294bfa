package io.falbench.reports.claims;

import io.falbench.reports.compare.CurveMetric;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A claim of a source as a test over a run's cells. Kinds: {@code better A B} (A above B), {@code best A over B C ...}
 * (A above each), {@code order A > B > C ...} (each above the next), {@code similar A B} (within {@code margin}
 * points of each other), {@code untested} (stated, not expressible over this run's cells; {@code reason} says why).
 */
public record Claim(String id, String statement, Kind kind, List<Arm> arms, CurveMetric metric, double marginPoints,
                    String reason) {

    /** How the arms are compared. */
    public enum Kind { BETTER, BEST, ORDER, SIMILAR, UNTESTED }

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

    /** The test as written in the claims file (the margin when not the default). */
    public String test() {
        String margin = kind == Kind.SIMILAR || marginPoints != ClaimsFile.DEFAULT_MARGIN_POINTS
                ? " margin " + BigDecimal.valueOf(marginPoints).stripTrailingZeros().toPlainString() : "";
        return switch (kind) {
            case BETTER -> "better " + arms.get(0) + " " + arms.get(1) + " " + metric.label() + margin;
            case SIMILAR -> "similar " + arms.get(0) + " " + arms.get(1) + " " + metric.label() + margin;
            case BEST -> "best " + arms.get(0) + " over " + String.join(" ",
                    arms.subList(1, arms.size()).stream().map(Arm::toString).toList()) + " " + metric.label() + margin;
            case ORDER -> "order " + String.join(" > ", arms.stream().map(Arm::toString).toList()) + " "
                    + metric.label() + margin;
            case UNTESTED -> "untested";
        };
    }
}
