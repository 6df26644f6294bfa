package io.falbench.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One XChart panel of curves on a percent axis, as the report's tables give them: each line the mean over seeds with a
 * light ±1 s.d. band (every band under every line, so no band hides a line), published points as outlined diamonds in
 * their line's colour on top.
 */
final class LinePanel {

    /** The percent axis' title. */
    static final String PERCENT = " (%)";
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** The band's opacity, out of 255. */
    static final int BAND_ALPHA = 38;

    /**
     * A curve as drawn: its colour, stroke and point marker, and the published points beside it (x on the panel's
     * axis, accuracy as a fraction).
     */
    record Line(String name, Curve curve, Color colour, BasicStroke stroke, Marker marker, double[] publishedX,
                double[] publishedY) {

        Line(String name, Curve curve, Color colour, BasicStroke stroke, Marker marker) {
            this(name, curve, colour, stroke, marker, new double[0], new double[0]);
        }
    }

    /** An axis range; {@code null} leaves the panel's axis to XChart. */
    record Range(double min, double max) {
    }

    /** A published point: a diamond twice a line point's size, outlined, in the line's colour. */
    static final Marker PUBLISHED = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Shape diamond = diamond(x, y, 1.3 * size);
            g.fill(diamond);
            Color fill = g.getColor();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            g.draw(diamond);
            g.setColor(fill);
        }
    };

    private LinePanel() {
    }

    /** A diamond centred on (x, y), {@code half} from the centre to each corner. */
    static Shape diamond(double x, double y, double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x - half, y);
        path.lineTo(x, y - half);
        path.lineTo(x + half, y);
        path.lineTo(x, y + half);
        path.closePath();
        return path;
    }

    /**
     * A panel of {@code lines}, fractions drawn in percent on the y axis; {@code legend}: XChart's own legend beside
     * the plot (a figure with a shared legend leaves it out).
     */
    static XYChart chart(String title, String xTitle, String yTitle, List<Line> lines, int width, int height,
                         Range x, Range y, boolean legend) {
        return titled(title, xTitle, yTitle + PERCENT, lines, width, height, x, y, legend);
    }

    /**
     * As above, the y axis titled {@code yAxisTitle} as given (no unit added): values are still drawn times 100, e.g.
     * differences of accuracy in points.
     */
    static XYChart titled(String title, String xTitle, String yAxisTitle, List<Line> lines, int width, int height,
                          Range x, Range y, boolean legend) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yAxisTitle).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setChartTitleFont(TITLE_FONT);
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(AXIS_FONT);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setLegendFont(TICK_FONT);
        styler.setYAxisDecimalPattern("0.#");
        styler.setXAxisDecimalPattern("#,##0");
        styler.setMarkerSize(5);
        styler.setChartPadding(6);
        styler.setLegendVisible(legend);
        styler.setLegendPosition(lines.size() > 4 ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideSE);
        if (x != null) {
            styler.setXAxisMin(x.min());
            styler.setXAxisMax(x.max());
        }
        if (y != null) {
            styler.setYAxisMin(y.min());
            styler.setYAxisMax(y.max());
        }
        for (Line line : lines) {
            band(chart, line);
        }
        for (Line line : lines) {
            List<Curve.Point> points = line.curve().points();
            XYSeries series = chart.addSeries(line.name(), points.stream().mapToDouble(Curve.Point::labelled).toArray(),
                    points.stream().mapToDouble(p -> 100 * p.mean()).toArray());
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineColor(line.colour());
            series.setLineStyle(line.stroke());
            series.setMarker(line.marker());
            series.setMarkerColor(line.colour());
        }
        for (Line line : lines) {
            if (line.publishedX().length > 0) {
                double[] percent = new double[line.publishedY().length];
                for (int i = 0; i < percent.length; i++) {
                    percent[i] = 100 * line.publishedY()[i];
                }
                XYSeries published = chart.addSeries(line.name() + " (published)", line.publishedX(), percent);
                published.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                published.setMarker(PUBLISHED);
                published.setMarkerColor(line.colour());
            }
        }
        return chart;
    }

    /** The ±1 s.d. band of a line, a polygon along mean + s.d. and back along mean - s.d., left out of the legend. */
    private static void band(XYChart chart, Line line) {
        List<Curve.Point> points = line.curve().points();
        int n = points.size();
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            Curve.Point p = points.get(i);
            x[i] = p.labelled();
            y[i] = 100 * (p.mean() + p.std());
            x[2 * n - 1 - i] = p.labelled();
            y[2 * n - 1 - i] = 100 * (p.mean() - p.std());
        }
        XYSeries band = chart.addSeries(line.name() + " band", x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        Color c = line.colour();
        band.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA));
        band.setLineColor(new Color(0, 0, 0, 0));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
    }
}
