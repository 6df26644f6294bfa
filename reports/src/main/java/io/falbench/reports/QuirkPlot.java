package io.falbench.reports;

import io.falbench.reports.compare.QuirkTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The quirk table ({@link QuirkTable}, issue 28) as small multiples: one panel per arm, its gain over the baseline in
 * accuracy points at each AL round with the reference code's quirks (solid) and without them (dashed), each with its
 * 95% t interval over seeds as a band, and the zero line; every panel on one y range, so gains compare across arms.
 */
public final class QuirkPlot {

    static final Color WITH = AccuracyPlot.PALETTE[0];
    static final Color WITHOUT = AccuracyPlot.PALETTE[3];
    static final Color ZERO = new Color(0x888888);
    static final BasicStroke DASHED = AccuracyPlot.SPLIT_STROKES[1];
    static final BasicStroke THIN = new BasicStroke(1f);
    static final String WITH_NAME = "with the quirks (quirks = reference)";
    static final String WITHOUT_NAME = "without (quirks = none)";
    static final String ZERO_NAME = "no gain";

    private QuirkPlot() {
    }

    /** Writes the figure of {@code table} to {@code png} and its SVG beside it; false, writing nothing, when empty. */
    public static boolean render(String title, QuirkTable table, Path png) throws IOException {
        if (table.rows().isEmpty()) {
            return false;
        }
        figure(title, table).write(png);
        return true;
    }

    static Figure figure(String title, QuirkTable table) {
        List<String> arms = distinct(table.rows(), QuirkTable.Row::arm);
        int columns = Math.min(AccuracyPlot.MAX_COLUMNS, arms.size());
        int width = Figure.panelWidth(columns);
        int height = Figure.panelHeight(columns);
        LinePanel.Range x = xRange(table.rows());
        LinePanel.Range y = yRange(table.rows());
        List<XYChart> panels = new ArrayList<>();
        for (String arm : arms) {
            List<QuirkTable.Row> rows = table.rows().stream().filter(r -> r.arm().equals(arm)).toList();
            Curve zero = new Curve(ZERO_NAME, List.of(new Curve.Point(0, x.min(), 0, 0, 0),
                    new Curve.Point(0, x.max(), 0, 0, 0)));
            List<LinePanel.Line> lines = List.of(
                    new LinePanel.Line(ZERO_NAME, zero, ZERO, THIN, SeriesMarkers.NONE),
                    new LinePanel.Line(WITH_NAME, curve(WITH_NAME, rows, QuirkTable.Row::withQuirks), WITH,
                            AccuracyPlot.SPLIT_STROKES[0], SeriesMarkers.CIRCLE),
                    new LinePanel.Line(WITHOUT_NAME, curve(WITHOUT_NAME, rows, QuirkTable.Row::withoutQuirks),
                            WITHOUT, DASHED, SeriesMarkers.SQUARE));
            panels.add(LinePanel.titled(arm, "labelled (% of the training set)",
                    "gain over " + table.baseline() + " (accuracy points)", lines, width, height, x, y, false));
        }
        List<Figure.Key> keys = List.of(
                new Figure.Key(WITH_NAME, WITH, AccuracyPlot.SPLIT_STROKES[0], Figure.Sample.LINE_AND_POINT),
                new Figure.Key(WITHOUT_NAME, WITHOUT, DASHED, Figure.Sample.LINE_AND_POINT),
                new Figure.Key("95% t interval over seeds", AccuracyPlot.KEY_GREY, THIN, Figure.Sample.BAND),
                new Figure.Key(ZERO_NAME, ZERO, THIN, Figure.Sample.LINE));
        return new Figure(title, panels, columns, keys);
    }

    /**
     * One run's gains along the AL rounds as a curve LinePanel draws times 100: the mean, and the interval's half-width
     * as the band (a t interval is symmetric); no band below two seeds.
     */
    static Curve curve(String name, List<QuirkTable.Row> rows, Function<QuirkTable.Row, QuirkTable.Estimate> of) {
        List<Curve.Point> points = new ArrayList<>();
        for (QuirkTable.Row r : rows) {
            QuirkTable.Estimate e = of.apply(r);
            double half = e.interval() == null ? 0 : (e.interval().high() - e.interval().low()) / 2;
            points.add(new Curve.Point(r.round(), 100 * r.labelledFraction(), e.mean() / 100, half / 100,
                    r.seeds().size()));
        }
        return new Curve(name, points);
    }

    private static LinePanel.Range xRange(List<QuirkTable.Row> rows) {
        double low = rows.stream().mapToDouble(r -> 100 * r.labelledFraction()).min().orElseThrow();
        double high = rows.stream().mapToDouble(r -> 100 * r.labelledFraction()).max().orElseThrow();
        double pad = high > low ? 0.04 * (high - low) : 1;
        return new LinePanel.Range(low - pad, high + pad);
    }

    /** Every panel's y range in points: both runs' intervals and zero, a little margin. */
    static LinePanel.Range yRange(List<QuirkTable.Row> rows) {
        double low = 0;
        double high = 0;
        for (QuirkTable.Row r : rows) {
            for (QuirkTable.Estimate e : List.of(r.withQuirks(), r.withoutQuirks())) {
                low = Math.min(low, e.interval() == null ? e.mean() : e.interval().low());
                high = Math.max(high, e.interval() == null ? e.mean() : e.interval().high());
            }
        }
        double pad = Math.max(0.5, 0.06 * (high - low));
        return new LinePanel.Range(Math.floor(low - pad), Math.ceil(high + pad));
    }

    private static List<String> distinct(List<QuirkTable.Row> rows, Function<QuirkTable.Row, String> key) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        rows.forEach(r -> seen.add(key.apply(r)));
        return List.copyOf(seen);
    }
}
