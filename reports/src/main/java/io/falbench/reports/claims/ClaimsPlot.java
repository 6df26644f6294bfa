package io.falbench.reports.claims;

import io.falbench.files.AtomicFiles;
import io.falbench.files.WriteFailure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Each comparison's mean difference (dot) and 90% t interval (whisker) in points, one row per comparison, coloured by
 * its verdict, with the claim's margin (both sides) or smallest effect drawn as a tick on its row and a line at 0: the
 * interval-estimate figure of Agarwal et al. (NeurIPS 2021, rliable). Where the report has confirmatory verdicts
 * ({@link Confirmatory}), each comparison's estimate on those seeds alone is drawn just below its row, a dark diamond
 * on a thin whisker in its verdict's colour. Written as PNG and, beside it, SVG.
 */
final class ClaimsPlot {

    private static final Map<Verdict, Color> COLOURS = Map.of(Verdict.REPRODUCED, new Color(0x2ca02c),
            Verdict.NOT_REPRODUCED, new Color(0xd62728), Verdict.INCONCLUSIVE, new Color(0x7f7f7f));
    private static final int ROW_PIXELS = 34;
    private static final double TICK_HALF_HEIGHT = 0.3;
    private static final double CONFIRMATORY_OFFSET = 0.3;
    private static final Color CONFIRMATORY_MARKER = new Color(0x404040);

    private ClaimsPlot() {
    }

    /** One row of the figure. */
    private record Row(String label, Judge.Comparison comparison, Claim claim) {
    }

    /**
     * Renders {@code png} (and the SVG beside it) when some comparison has an interval; else removes any earlier
     * figure there and returns false.
     */
    static boolean render(String title, List<Judge.Judgement> judgements, Path png) throws IOException {
        return render(title, judgements, List.of(), png);
    }

    /** As above, with each comparison's confirmatory estimate ({@code confirmatory}: none when empty). */
    static boolean render(String title, List<Judge.Judgement> judgements, List<Judge.Judgement> confirmatory,
                          Path png) throws IOException {
        List<Row> rows = rows(judgements);
        Path svg = png.resolveSibling(png.getFileName().toString().replaceAll("\\.png$", "") + ".svg");
        if (rows.isEmpty()) {
            Files.deleteIfExists(png);
            Files.deleteIfExists(svg);
            return false;
        }
        int n = rows.size();
        // the axis title is centred under the plot, which the row labels push right: kept short so it fits
        XYChart chart = new XYChartBuilder().width(confirmatory.isEmpty() ? 1100 : 1250).height(170 + ROW_PIXELS * n)
                .title(title).xAxisTitle("difference in points, higher-expected arm minus the other (dot: mean over"
                        + " seeds; whisker: 90% t interval)").yAxisTitle("").build();
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setPlotGridLinesColor(new Color(0xeeeeee));
        // a blank row below the last: XChart 4.0.3 loops forever when its first tick's label is over 20 characters
        chart.getStyler().setYAxisMin(-1.2);
        chart.getStyler().setYAxisMax(n - 0.3);
        chart.getStyler().setYAxisTickMarkSpacingHint(Math.max(10, ROW_PIXELS / 3));
        chart.getStyler().setXAxisDecimalPattern("+0.0;-0.0");
        // a row's label at its integer; blank elsewhere, the two ends differing (XChart draws no tick when they agree)
        chart.setCustomYAxisTickLabelsFormatter(y -> {
            long i = Math.round(y);
            return Math.abs(y - i) < 1e-6 && i >= 0 && i < n ? rows.get((int) (n - 1 - i)).label()
                    : y < 0 ? " " : "  ";
        });
        chart.addAnnotation(new AnnotationLine(0, true, false));
        boolean tickInLegend = true;
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            double y = n - 1 - r;
            Evidence e = row.comparison().evidence();
            Color colour = COLOURS.get(row.comparison().verdict());
            XYSeries whisker = chart.addSeries("interval " + r, new double[] {e.interval().low(), e.interval().high()},
                    new double[] {y, y});
            whisker.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            whisker.setLineColor(colour);
            whisker.setLineStyle(new BasicStroke(2.5f));
            whisker.setMarker(SeriesMarkers.NONE);
            whisker.setShowInLegend(false);
            double t = row.claim().threshold().points();
            List<Double> ticks = row.claim().kind() == Claim.Kind.SIMILAR ? List.of(-t, t) : List.of(t);
            for (double x : ticks) {
                XYSeries tick = chart.addSeries(tickInLegend ? "margin (similar) or smallest effect (better)"
                        : "threshold " + r + " " + x, new double[] {x, x},
                        new double[] {y - TICK_HALF_HEIGHT, y + TICK_HALF_HEIGHT});
                tick.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                tick.setLineColor(Color.BLACK);
                tick.setLineStyle(new BasicStroke(1.5f));
                tick.setMarker(SeriesMarkers.NONE);
                tick.setShowInLegend(tickInLegend);
                tickInLegend = false;
            }
        }
        confirmatory(chart, rows, confirmatory);
        for (Verdict verdict : List.of(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED, Verdict.INCONCLUSIVE)) {
            List<Row> mine = rows.stream().filter(row -> row.comparison().verdict() == verdict).toList();
            if (mine.isEmpty()) {
                continue;
            }
            XYSeries dots = chart.addSeries(verdict.toString(),
                    mine.stream().mapToDouble(row -> row.comparison().evidence().t().mean()).toArray(),
                    mine.stream().mapToDouble(row -> n - 1 - rows.indexOf(row)).toArray());
            dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dots.setMarker(SeriesMarkers.CIRCLE);
            dots.setMarkerColor(COLOURS.get(verdict));
        }
        AtomicFiles.write(png, WriteFailure.CELLS_KEPT,
                out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        AtomicFiles.write(svg, WriteFailure.CELLS_KEPT,
                out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        return true;
    }

    /** Each row's comparison on the confirmatory seeds, a thin whisker and a diamond just below its row. */
    private static void confirmatory(XYChart chart, List<Row> rows, List<Judge.Judgement> confirmatory) {
        int n = rows.size();
        boolean inLegend = true;
        for (int r = 0; r < n; r++) {
            Judge.Comparison c = match(rows.get(r), confirmatory);
            if (c == null || c.evidence() == null) {
                continue;
            }
            double y = n - 1 - r - CONFIRMATORY_OFFSET;
            Color colour = COLOURS.get(c.verdict());
            XYSeries whisker = chart.addSeries("confirmatory interval " + r,
                    new double[] {c.evidence().interval().low(), c.evidence().interval().high()}, new double[] {y, y});
            whisker.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            whisker.setLineColor(colour);
            whisker.setLineStyle(new BasicStroke(1.2f));
            whisker.setMarker(SeriesMarkers.NONE);
            whisker.setShowInLegend(false);
            XYSeries dot = chart.addSeries(inLegend ? "confirmatory seeds (whisker in its verdict's colour)"
                    : "confirmatory " + r, new double[] {c.evidence().t().mean()}, new double[] {y});
            dot.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dot.setMarker(SeriesMarkers.DIAMOND);
            dot.setMarkerColor(CONFIRMATORY_MARKER);
            dot.setShowInLegend(inLegend);
            inLegend = false;
        }
    }

    /** The comparison of {@code row}'s claim, pair and configuration among {@code judgements} (null if none). */
    private static Judge.Comparison match(Row row, List<Judge.Judgement> judgements) {
        Judge.Comparison mine = row.comparison();
        return judgements.stream().filter(j -> j.claim().id().equals(row.claim().id()))
                .flatMap(j -> j.comparisons().stream())
                .filter(c -> c.higher().equals(mine.higher()) && c.lower().equals(mine.lower())
                        && c.configuration().equals(mine.configuration()))
                .findFirst().orElse(null);
    }

    /** The comparisons with an interval, in the report's order, each labelled by its claim (and pair or configuration). */
    private static List<Row> rows(List<Judge.Judgement> judgements) {
        List<Row> rows = new ArrayList<>();
        for (Judge.Judgement j : judgements) {
            boolean several = j.comparisons().size() > 1;
            boolean severalPairs = j.claim().pairs().size() > 1;
            for (Judge.Comparison c : j.comparisons()) {
                if (c.evidence() == null) {
                    continue;
                }
                String label = j.claim().id() + (j.claim().revision() == null ? ""
                        : " (revises " + j.claim().revision().revises() + ")");
                if (several) {
                    List<String> parts = new ArrayList<>();
                    if (severalPairs) {
                        parts.add(c.higher() + " vs " + c.lower());
                    }
                    if (c.configurations() == 1 && j.claim().judging() == Claim.Judging.PER_CONFIGURATION) {
                        parts.add(Pairing.label(c.configuration()));
                    }
                    label += ": " + String.join(", ", parts);
                }
                rows.add(new Row(label, c, j.claim()));
            }
        }
        return rows;
    }
}
