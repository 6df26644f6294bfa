package io.falbench.reports.compare;

import io.falbench.experiment.RoundDiagnostics;
import io.falbench.reports.results.ResultRow;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One number per learning curve (one cell: one seed of a strategy x mode): the accuracy after the last AL round
 * ({@code final}), the balanced accuracy there ({@code balanced-final}), the area under the accuracy-vs-labelled-
 * fraction curve (trapezoids) divided by the fraction it spans, i.e. the curve's mean height ({@code aulc}; a
 * one-point curve: its accuracy), the accuracy at a labelled fraction ({@code accuracy@25%}: a published curve
 * point, whatever round it falls in: the round whose labelled share is nearest, within half a percentage point, as
 * budgets are whole samples, e.g. FairFAL's CIFAR-10-LT 45% is 7,650 of 17,023 = 44.94%; a curve that stops short of
 * it has none), or the mean over rounds of the share
 * of queries spent on corrupted clients ({@code corrupted-share}).
 *
 * @param kind what is measured
 * @param at   the labelled fraction of {@link Kind#ACCURACY_AT}, NaN for the others
 */
public record CurveMetric(Kind kind, double at) {

    /** What a metric measures. */
    public enum Kind { FINAL, AULC, BALANCED_FINAL, ACCURACY_AT, CORRUPTED_SHARE }

    public static final CurveMetric FINAL = new CurveMetric(Kind.FINAL, Double.NaN);
    public static final CurveMetric AULC = new CurveMetric(Kind.AULC, Double.NaN);
    public static final CurveMetric BALANCED_FINAL = new CurveMetric(Kind.BALANCED_FINAL, Double.NaN);
    public static final CurveMetric CORRUPTED_SHARE = new CurveMetric(Kind.CORRUPTED_SHARE, Double.NaN);

    /** How close a round's labelled fraction must be to an {@code accuracy@P%} point: half a percentage point. */
    static final double POINT_TOLERANCE = 0.005;

    private static final String NAMES = "aulc, final, balanced-final, accuracy@P% (e.g. accuracy@25%) or"
            + " corrupted-share";

    public CurveMetric {
        if (kind == Kind.ACCURACY_AT && !(at > 0 && at <= 1)) {
            throw new IllegalArgumentException("accuracy@P% needs a labelled share in (0%, 100%], got " + 100 * at
                    + "%");
        }
    }

    /** The accuracy at labelled fraction {@code fraction} (in (0, 1]). */
    public static CurveMetric accuracyAt(double fraction) {
        return new CurveMetric(Kind.ACCURACY_AT, fraction);
    }

    /** The metrics with fixed names, in the order help texts list them ({@code accuracy@P%} besides). */
    public static List<CurveMetric> named() {
        return List.of(FINAL, AULC, BALANCED_FINAL, CORRUPTED_SHARE);
    }

    public static CurveMetric parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("accuracy@")) {
            String share = n.substring("accuracy@".length());
            if (share.endsWith("%")) {
                try {
                    return accuracyAt(Double.parseDouble(share.substring(0, share.length() - 1)) / 100);
                } catch (NumberFormatException e) {
                    // falls through to the message below
                }
            }
            throw new IllegalArgumentException("metric '" + name + "' names no labelled share; write it as in"
                    + " accuracy@25% (the accuracy at 25% labelled)");
        }
        for (CurveMetric m : named()) {
            if (m.label().equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; use " + NAMES);
    }

    /** Whether this measures accuracy: all but {@code corrupted-share}, a diagnostic (what compare may gate on). */
    public boolean isAccuracy() {
        return kind != Kind.CORRUPTED_SHARE;
    }

    /** The name as written on command lines and in claims files. */
    public String label() {
        if (kind == Kind.ACCURACY_AT) {
            return "accuracy@" + percent(at) + "%";
        }
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code curve} (rows in round order) has this metric: a curve that stops short of a point has not. */
    public boolean definedOn(List<ResultRow> curve) {
        return !curve.isEmpty() && (kind != Kind.ACCURACY_AT || point(curve).isPresent());
    }

    /** The metric of one curve, its rows in round order. */
    public double of(List<ResultRow> curve) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("an empty curve has no " + label());
        }
        ResultRow last = curve.get(curve.size() - 1);
        switch (kind) {
            case BALANCED_FINAL:
                return last.balancedAccuracy();
            case ACCURACY_AT:
                return point(curve).orElseThrow(() -> new IllegalArgumentException("the curve of "
                        + last.strategy() + "/" + last.mode() + " seed " + last.seed() + " has no AL round at "
                        + percent(at) + "% labelled (its rounds end at " + percent(last.labelledFraction()) + "%)"))
                        .accuracy();
            case CORRUPTED_SHARE:
                double share = curve.stream().mapToDouble(ResultRow::corruptedQueryShare)
                        .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
                if (Double.isNaN(share)) {
                    throw new IllegalArgumentException("corrupted-share needs results.csv's "
                            + RoundDiagnostics.CORRUPTED_QUERY_SHARE + " column");
                }
                return share;
            default:
                break;
        }
        if (kind == Kind.FINAL || curve.size() == 1) {
            return last.accuracy();
        }
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            ResultRow a = curve.get(i - 1);
            ResultRow b = curve.get(i);
            area += (b.labelledFraction() - a.labelledFraction()) * (a.accuracy() + b.accuracy()) / 2;
        }
        double span = last.labelledFraction() - curve.get(0).labelledFraction();
        return span > 0 ? area / span : last.accuracy();
    }

    @Override
    public String toString() {
        return label();
    }

    private Optional<ResultRow> point(List<ResultRow> curve) {
        return curve.stream().filter(r -> Math.abs(r.labelledFraction() - at) <= POINT_TOLERANCE)
                .min(Comparator.comparingDouble(r -> Math.abs(r.labelledFraction() - at)));
    }

    private static String percent(double fraction) {
        double p = Math.round(fraction * 100 * 1000) / 1000.0;
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
