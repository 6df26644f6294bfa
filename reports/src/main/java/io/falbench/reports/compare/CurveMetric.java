package io.falbench.reports.compare;

import io.falbench.experiment.RoundDiagnostics;
import io.falbench.reports.results.ResultRow;
import java.util.List;
import java.util.Locale;

/**
 * One number per learning curve (one cell: one seed of a strategy x mode): the accuracy after the last AL round
 * ({@code final}), the balanced accuracy there ({@code balanced-final}), the area under the accuracy-vs-labelled-
 * fraction curve (trapezoids) divided by the fraction it spans, i.e. the curve's mean height ({@code aulc}; a
 * one-point curve: its accuracy), or the mean over rounds of the share of queries spent on corrupted clients
 * ({@code corrupted-share}).
 */
public enum CurveMetric {
    FINAL, AULC, BALANCED_FINAL, CORRUPTED_SHARE;

    public static CurveMetric parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown metric '" + name
                    + "'; use aulc, final, balanced-final or corrupted-share", e);
        }
    }

    /** Whether this measures accuracy: all but {@code corrupted-share}, a diagnostic (what compare may gate on). */
    public boolean isAccuracy() {
        return this != CORRUPTED_SHARE;
    }

    /** The name as written on command lines and in claims files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The metric of one curve, its rows in round order. */
    public double of(List<ResultRow> curve) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("an empty curve has no " + name().toLowerCase(Locale.ROOT));
        }
        ResultRow last = curve.get(curve.size() - 1);
        if (this == BALANCED_FINAL) {
            return last.balancedAccuracy();
        }
        if (this == CORRUPTED_SHARE) {
            double share = curve.stream().mapToDouble(ResultRow::corruptedQueryShare).filter(v -> !Double.isNaN(v))
                    .average().orElse(Double.NaN);
            if (Double.isNaN(share)) {
                throw new IllegalArgumentException("corrupted-share needs results.csv's "
                        + RoundDiagnostics.CORRUPTED_QUERY_SHARE + " column");
            }
            return share;
        }
        if (this == FINAL || curve.size() == 1) {
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
}
