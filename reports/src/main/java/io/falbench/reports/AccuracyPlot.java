package io.falbench.reports;

import io.falbench.reports.results.ResultRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Test accuracy vs labelled samples as small multiples: one panel per mode (per mode and partition when a run has
 * several partitions; the panels of one mode share their y range), one line per strategy in the same colour on every
 * panel, partitions also told apart by line style, the mean over seeds with a light ±1 s.d. band, accuracy in percent
 * as in the report's tables, published points as diamonds; Random under F-AL as a thin grey reference line in the
 * panels of modes without a Random of their own; one legend for the whole figure.
 */
public final class AccuracyPlot {

    /** A published accuracy (a fraction) of a strategy x mode on a partition, at a number of labelled samples. */
    public record Marker(String strategy, String mode, String partition, double labelled, double value) {
    }

    static final String X_TITLE = "labelled samples";
    static final String Y_TITLE = "test accuracy";
    /** At most this many panels side by side; more wrap onto further rows (four modes: two by two). */
    static final int MAX_COLUMNS = 3;

    static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
    /** Beyond ten strategies the colours repeat with another point marker. */
    private static final org.knowm.xchart.style.markers.Marker[] POINTS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN};
    /** One line style per partition, in the run's order. */
    static final BasicStroke[] SPLIT_STROKES = {
        new BasicStroke(2f),
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f),
        new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 5f}, 0f),
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 4f, 2f, 4f}, 0f)};
    static final Color KEY_GREY = new Color(0x444444);
    static final String REFERENCE_STRATEGY = "random";
    static final String REFERENCE_MODE = "f-al";
    static final String REFERENCE_NAME = REFERENCE_STRATEGY + " / " + REFERENCE_MODE;
    /** The reference line: thin, long dashes. */
    static final BasicStroke REFERENCE_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f);

    private AccuracyPlot() {
    }

    /** The colour of the {@code index}-th series of a figure: the palette, again from its start past ten. */
    static Color colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** The point marker of the {@code index}-th series: a new shape each time the palette starts again. */
    static org.knowm.xchart.style.markers.Marker marker(int index) {
        return POINTS[index / PALETTE.length % POINTS.length];
    }

    /**
     * Published points beyond the run's last labelled count (times this, for rounding) are left out of the figure,
     * which would otherwise stretch every panel to them: a run stopped short of the published budget (e.g. at 25%
     * where the paper goes to 45%) shows its own curves at full width; the report's table lists them as not reached.
     */
    static final double BEYOND_LAST = 1.02;

    /** The legend's name of the published points unless a report says more (e.g. the schedule they come from). */
    static final String PUBLISHED = "published";

    /** Renders the figure of every mode of {@code rows} into {@code png} and its SVG beside it. */
    public static void render(String title, List<ResultRow> rows, List<Marker> published, Path png)
            throws IOException {
        render(title, rows, null, published, PUBLISHED, png);
    }

    /**
     * Renders the figure of one mode ({@code null}: every mode; colours and line styles as in the figure of all modes),
     * the published points named {@code publishedKey} in the legend.
     */
    public static void render(String title, List<ResultRow> rows, String mode, List<Marker> published,
                              String publishedKey, Path png) throws IOException {
        figure(title, rows, mode, published, publishedKey).write(png);
    }

    static Figure figure(String title, List<ResultRow> rows, String mode, List<Marker> published) {
        return figure(title, rows, mode, published, PUBLISHED);
    }

    /** The figure of {@code mode}'s panels ({@code null}: every mode); colours and styles come from all of rows. */
    static Figure figure(String title, List<ResultRow> rows, String mode, List<Marker> published,
                         String publishedKey) {
        List<String> strategies = distinct(rows, ResultRow::strategy);
        List<String> partitions = distinct(rows, ResultRow::partition);
        boolean severalPartitions = partitions.size() > 1;
        List<ResultRow> shown = mode == null ? rows : rows.stream().filter(r -> r.mode().equals(mode)).toList();
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("no rows of mode '" + mode + "' to plot");
        }
        List<String> modes = distinct(shown, ResultRow::mode);
        Set<String> arms = shown.stream().map(r -> arm(r.strategy(), r.mode(), r.partition()))
                .collect(Collectors.toSet());
        List<Marker> ofArms = published.stream()
                .filter(p -> arms.contains(arm(p.strategy(), p.mode(), p.partition()))).toList();
        int last = shown.stream().mapToInt(ResultRow::labelled).max().orElse(0);
        List<Marker> drawn = ofArms.stream().filter(p -> p.labelled() <= last * BEYOND_LAST).toList();
        List<String> shownPartitions = distinct(shown, ResultRow::partition);
        int columns = severalPartitions ? Math.min(MAX_COLUMNS, shownPartitions.size())
                : modes.size() == 4 ? 2 : Math.min(MAX_COLUMNS, modes.size());
        int width = Figure.panelWidth(columns);
        int height = Figure.panelHeight(columns);
        LinePanel.Range x = range(shown, drawn, ResultRow::labelled, Marker::labelled);
        List<XYChart> panels = new ArrayList<>();
        boolean referenced = false;
        for (String m : modes) {
            List<ResultRow> ofMode = shown.stream().filter(r -> r.mode().equals(m)).toList();
            List<Marker> markers = drawn.stream().filter(p -> p.mode().equals(m)).toList();
            List<ResultRow> reference = referenceRows(rows, m, ofMode);
            LinePanel.Range y = percentRange(concat(ofMode, reference), markers);
            for (String partition : distinct(ofMode, ResultRow::partition)) {
                List<LinePanel.Line> lines = new ArrayList<>();
                List<ResultRow> baseline = reference.stream().filter(r -> r.partition().equals(partition)).toList();
                if (!baseline.isEmpty()) {
                    lines.add(new LinePanel.Line(REFERENCE_NAME, Curve.of(REFERENCE_NAME, baseline,
                            ResultRow::accuracy), KEY_GREY, REFERENCE_STROKE, SeriesMarkers.NONE));
                    referenced = true;
                }
                for (String strategy : strategies) {
                    List<ResultRow> cells = ofMode.stream().filter(r -> r.partition().equals(partition)
                            && r.strategy().equals(strategy)).toList();
                    if (cells.isEmpty()) {
                        continue;
                    }
                    List<Marker> mine = markers.stream().filter(p -> p.strategy().equals(strategy)
                            && p.partition().equals(partition)).toList();
                    int s = strategies.indexOf(strategy);
                    lines.add(new LinePanel.Line(strategy, Curve.of(strategy, cells, ResultRow::accuracy),
                            colour(s), SPLIT_STROKES[partitions.indexOf(partition) % SPLIT_STROKES.length], marker(s),
                            mine.stream().mapToDouble(Marker::labelled).toArray(),
                            mine.stream().mapToDouble(Marker::value).toArray()));
                }
                panels.add(LinePanel.chart(severalPartitions ? m + ", " + partition : m, X_TITLE, Y_TITLE, lines,
                        width, height, x, y, false));
            }
        }
        List<Figure.Key> keys = new ArrayList<>();
        for (String strategy : distinct(shown, ResultRow::strategy)) {
            keys.add(new Figure.Key(strategy, colour(strategies.indexOf(strategy)),
                    SPLIT_STROKES[0], Figure.Sample.LINE_AND_POINT));
        }
        if (severalPartitions) {
            for (String partition : shownPartitions) {
                keys.add(new Figure.Key(partition, KEY_GREY, SPLIT_STROKES[partitions.indexOf(partition)
                        % SPLIT_STROKES.length], Figure.Sample.LINE));
            }
        }
        if (referenced) {
            keys.add(new Figure.Key(REFERENCE_NAME + " (for reference, in the other modes' panels)", KEY_GREY,
                    REFERENCE_STROKE, Figure.Sample.LINE));
        }
        if (!drawn.isEmpty()) {
            keys.add(new Figure.Key(publishedKey + (drawn.size() < ofArms.size() ? "; those beyond "
                    + String.format(Locale.ROOT, "%,d", last) + " labels: in the report's table" : ""), KEY_GREY,
                    SPLIT_STROKES[0], Figure.Sample.DIAMOND));
        }
        keys.add(new Figure.Key("mean ± 1 s.d. over seeds", KEY_GREY, SPLIT_STROKES[0], Figure.Sample.BAND));
        return new Figure(title, panels, columns, keys);
    }

    /**
     * Random under F-AL, drawn thin and grey in the panels of a mode without a Random of its own (KAFAL, LoGo,
     * FairFAL bring their own query rule), so each such panel shows its gain over the usual baseline; none for F-AL
     * itself or where the run has no Random under F-AL.
     */
    static List<ResultRow> referenceRows(List<ResultRow> rows, String mode, List<ResultRow> ofMode) {
        if (mode.equals(REFERENCE_MODE) || ofMode.stream().anyMatch(r -> r.strategy().equals(REFERENCE_STRATEGY))) {
            return List.of();
        }
        return rows.stream().filter(r -> r.mode().equals(REFERENCE_MODE) && r.strategy().equals(REFERENCE_STRATEGY))
                .toList();
    }

    private static List<ResultRow> concat(List<ResultRow> a, List<ResultRow> b) {
        List<ResultRow> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The y range of a mode's panels in percent: every band and published point, a little margin, within 0..100. */
    static LinePanel.Range percentRange(List<ResultRow> rows, List<Marker> published) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        Map<String, List<ResultRow>> bySeries = rows.stream().collect(Collectors.groupingBy(
                r -> r.partition() + "\u0000" + r.strategy(), LinkedHashMap::new, Collectors.toList()));
        for (List<ResultRow> series : bySeries.values()) {
            for (Curve.Point p : Curve.of("", series, ResultRow::accuracy).points()) {
                low = Math.min(low, 100 * (p.mean() - p.std()));
                high = Math.max(high, 100 * (p.mean() + p.std()));
            }
        }
        for (Marker m : published) {
            low = Math.min(low, 100 * m.value());
            high = Math.max(high, 100 * m.value());
        }
        double pad = Math.max(0.5, 0.05 * (high - low));
        return new LinePanel.Range(Math.max(0, Math.floor(low - pad)), Math.min(100, Math.ceil(high + pad)));
    }

    private static LinePanel.Range range(List<ResultRow> rows, List<Marker> published,
                                         ToDoubleFunction<ResultRow> of,
                                         ToDoubleFunction<Marker> ofMarker) {
        double low = rows.stream().mapToDouble(of).min().orElseThrow();
        double high = rows.stream().mapToDouble(of).max().orElseThrow();
        for (Marker m : published) {
            low = Math.min(low, ofMarker.applyAsDouble(m));
            high = Math.max(high, ofMarker.applyAsDouble(m));
        }
        double pad = high > low ? 0.03 * (high - low) : Math.max(1, 0.03 * high);
        return new LinePanel.Range(low - pad, high + pad);
    }

    private static String arm(String strategy, String mode, String partition) {
        return strategy + "\u0000" + mode + "\u0000" + partition;
    }

    private static List<String> distinct(List<ResultRow> rows, Function<ResultRow, String> key) {
        Set<String> seen = new LinkedHashSet<>();
        rows.forEach(r -> seen.add(key.apply(r)));
        return List.copyOf(seen);
    }
}
