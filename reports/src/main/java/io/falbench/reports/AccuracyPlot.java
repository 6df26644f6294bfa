package io.falbench.reports;

import io.falbench.files.AtomicFiles;
import io.falbench.files.WriteFailure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Test accuracy vs labelled samples: one line per series (mean over seeds) with a +-1 standard deviation band, and
 * published points as open diamonds in their series' colour. Written as PNG and, beside it, SVG.
 */
public final class AccuracyPlot {

    /** A published value of a series at a number of labelled samples. */
    public record Marker(String series, double labelled, double value) {
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    private AccuracyPlot() {
    }

    public static void render(String title, String yLabel, List<Curve> curves, Path png) throws IOException {
        render(title, yLabel, curves, List.of(), png);
    }

    /** Renders {@code png} and the same chart as SVG beside it ({@code .png} replaced by {@code .svg}). */
    public static void render(String title, String yLabel, List<Curve> curves, List<Marker> published, Path png)
            throws IOException {
        render(title, "labelled samples", yLabel, curves, published, png);
    }

    /** As above with another x axis (a curve point's {@code labelled} is then that axis's value). */
    public static void render(String title, String xLabel, String yLabel, List<Curve> curves, List<Marker> published,
                              Path png) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600).title(title)
                .xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Styler styler = chart.getStyler();
        styler.setLegendPosition(curves.size() > 4 ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideSE);
        styler.setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        chart.getStyler().setYAxisDecimalPattern("0.000");
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        for (int s = 0; s < curves.size(); s++) {
            Curve curve = curves.get(s);
            Color colour = PALETTE[s % PALETTE.length];
            int n = curve.points().size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] bandX = new double[2 * n];
            double[] bandY = new double[2 * n];
            for (int i = 0; i < n; i++) {
                Curve.Point p = curve.points().get(i);
                x[i] = p.labelled();
                y[i] = p.mean();
                bandX[i] = p.labelled();
                bandY[i] = p.mean() + p.std();
                bandX[2 * n - 1 - i] = p.labelled();
                bandY[2 * n - 1 - i] = p.mean() - p.std();
            }
            XYSeries band = chart.addSeries(curve.series() + " band", bandX, bandY);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 50));
            band.setLineColor(new Color(0, 0, 0, 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
            XYSeries line = chart.addSeries(curve.series(), x, y);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(colour);
            line.setMarkerColor(colour);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setLineStyle(new BasicStroke(2.2f));
            List<Marker> mine = new ArrayList<>();
            published.stream().filter(m -> m.series().equals(curve.series())).forEach(mine::add);
            if (!mine.isEmpty()) {
                XYSeries points = chart.addSeries(curve.series() + " (published)",
                        mine.stream().mapToDouble(Marker::labelled).toArray(),
                        mine.stream().mapToDouble(Marker::value).toArray());
                points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                points.setMarker(SeriesMarkers.DIAMOND);
                points.setMarkerColor(colour);
            }
        }
        AtomicFiles.write(png, WriteFailure.CELLS_KEPT,
                out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        String name = png.getFileName().toString();
        Path svg = png.resolveSibling(name.endsWith(".png") ? name.substring(0, name.length() - 4) + ".svg" : name + ".svg");
        AtomicFiles.write(svg, WriteFailure.CELLS_KEPT,
                out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }
}
