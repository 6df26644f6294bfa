package io.falbench.reports.compare;

import io.falbench.reports.ResultRow;
import java.util.List;
import java.util.Locale;

/**
 * One number per learning curve (one cell: one seed of a strategy x mode): the accuracy after the last AL round, or
 * the area under the accuracy-vs-labelled-fraction curve (trapezoids) divided by the fraction it spans, i.e. the
 * curve's mean height (a one-point curve: its accuracy).
 */
public enum CurveMetric {
    FINAL, AULC;

    public static CurveMetric parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown metric '" + name + "'; use aulc or final", e);
        }
    }

    /** The metric of one curve, its rows in round order. */
    public double of(List<ResultRow> curve) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("an empty curve has no " + name().toLowerCase(Locale.ROOT));
        }
        ResultRow last = curve.get(curve.size() - 1);
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
