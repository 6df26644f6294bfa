package io.falbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.reports.results.ResultRow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The accuracy figure on hand-made rows: its panels, axes, line styles, markers and legend, before any pixel. */
class AccuracyPlotTest {

    @TempDir
    Path dir;

    private static ResultRow row(String strategy, String mode, String partition, int seed, int round,
                                 double accuracy) {
        int labelled = 100 * (round + 1);
        return new ResultRow("p", "d", partition, strategy, mode, seed, round, labelled, labelled / 1000.0, accuracy,
                accuracy, accuracy, "");
    }

    /** Random and Margin under f-al and s-al on two partitions, two seeds, two AL rounds. */
    private static List<ResultRow> rows() {
        List<ResultRow> rows = new ArrayList<>();
        for (String mode : List.of("f-al", "s-al")) {
            for (String partition : List.of("homogeneous", "kmeans")) {
                double shift = (mode.equals("s-al") ? -0.2 : 0) + (partition.equals("kmeans") ? -0.05 : 0);
                for (int seed = 0; seed < 2; seed++) {
                    rows.add(row("random", mode, partition, seed, 0, 0.60 + 0.10 * seed + shift));
                    rows.add(row("random", mode, partition, seed, 1, 0.80 + 0.04 * seed + shift));
                    rows.add(row("margin", mode, partition, seed, 0, 0.60 + 0.10 * seed + shift));
                    rows.add(row("margin", mode, partition, seed, 1, 0.90 + 0.02 * seed + shift));
                }
            }
        }
        return rows;
    }

    private static XYSeries series(XYChart panel, String name) {
        return panel.getSeries(name);
    }

    @Test
    void onePanelPerModeAndPartitionWithAccuracyInPercent() {
        Figure figure = AccuracyPlot.figure("t", rows(), null, List.of());
        assertThat(figure.panels()).extracting(XYChart::getTitle)
                .containsExactly("f-al, homogeneous", "f-al, kmeans", "s-al, homogeneous", "s-al, kmeans");
        assertThat(figure.columns()).isEqualTo(2);
        assertThat(figure.rows()).isEqualTo(2);
        XYChart first = figure.panels().get(0);
        assertThat(first.getYAxisTitle()).isEqualTo("test accuracy (%)");
        assertThat(first.getXAxisTitle()).isEqualTo("labelled samples");
        // round 0: seeds at 60 and 70 %, mean 65, s.d. 7.07; the band spans mean +- s.d.
        assertThat(series(first, "random").getYData()).containsExactly(new double[] {65, 82}, within(1e-9));
        assertThat(series(first, "random").getXData()).containsExactly(100, 200);
        XYSeries band = series(first, "random band");
        assertThat(band.getXYSeriesRenderStyle()).contains(XYSeries.XYSeriesRenderStyle.PolygonArea);
        assertThat(band.isShowInLegend()).isFalse();
        assertThat(band.getYData()[0]).isCloseTo(65 + 100 * Math.sqrt(0.005), within(1e-9));
        assertThat(first.getStyler().isLegendVisible()).isFalse();
        assertThat(series(figure.panels().get(3), "margin").getYData()[1]).isCloseTo(66, within(1e-9));
    }

    @Test
    void thePanelsOfAModeShareTheirYRangeInPercentAndTheXRangeIsShared() {
        Figure figure = AccuracyPlot.figure("t", rows(), null, List.of());
        List<XYChart> p = figure.panels();
        assertThat(p.get(0).getStyler().getYAxisMin()).isEqualTo(p.get(1).getStyler().getYAxisMin());
        assertThat(p.get(0).getStyler().getYAxisMax()).isEqualTo(p.get(1).getStyler().getYAxisMax());
        assertThat(p.get(2).getStyler().getYAxisMax()).isEqualTo(p.get(3).getStyler().getYAxisMax())
                .isLessThan(p.get(0).getStyler().getYAxisMax());
        // f-al spans 65 - 7.07 (kmeans: 5 points lower) to 91 + 1.41 percent
        assertThat(p.get(0).getStyler().getYAxisMin()).isLessThanOrEqualTo(60 - 100 * Math.sqrt(0.005))
                .isGreaterThanOrEqualTo(45);
        assertThat(p.get(0).getStyler().getYAxisMax()).isGreaterThanOrEqualTo(91 + 100 * Math.sqrt(0.0002))
                .isLessThanOrEqualTo(100);
        assertThat(p).allMatch(c -> c.getStyler().getXAxisMin().equals(p.get(0).getStyler().getXAxisMin())
                && c.getStyler().getXAxisMax().equals(p.get(0).getStyler().getXAxisMax()));
    }

    @Test
    void aStrategyKeepsItsColourAndAPartitionItsLineStyleOnEveryPanelUnderOneLegend() {
        Figure figure = AccuracyPlot.figure("t", rows(), null, List.of());
        List<XYChart> p = figure.panels();
        assertThat(p).allMatch(c -> series(c, "random").getLineColor().equals(series(p.get(0), "random")
                .getLineColor()));
        assertThat(series(p.get(0), "margin").getLineColor()).isNotEqualTo(series(p.get(0), "random").getLineColor());
        assertThat(series(p.get(0), "random").getLineStyle().getDashArray()).isNull();
        assertThat(series(p.get(1), "random").getLineStyle().getDashArray()).isNotNull();
        assertThat(series(p.get(3), "margin").getLineStyle()).isEqualTo(series(p.get(1), "random").getLineStyle());
        assertThat(figure.keys()).extracting(Figure.Key::label)
                .containsExactly("random", "margin", "homogeneous", "kmeans", "mean ± 1 s.d. over seeds");
        assertThat(figure.keys().get(3).stroke()).isEqualTo(series(p.get(1), "random").getLineStyle());

        Figure sAl = AccuracyPlot.figure("t", rows(), "s-al", List.of());
        assertThat(sAl.panels()).extracting(XYChart::getTitle).containsExactly("s-al, homogeneous", "s-al, kmeans");
        assertThat(series(sAl.panels().get(0), "margin").getLineColor())
                .isEqualTo(series(p.get(0), "margin").getLineColor());
    }

    @Test
    void publishedPointsAreDrawnOnTheirArmsPanelInPercent() {
        List<AccuracyPlot.Marker> published = List.of(
                new AccuracyPlot.Marker("margin", "f-al", "kmeans", 150, 0.72),
                new AccuracyPlot.Marker("kafal", "kafal", "kmeans", 5000, 0.75));
        Figure figure = AccuracyPlot.figure("t", rows(), null, published);
        XYSeries points = series(figure.panels().get(1), "margin (published)");
        assertThat(points.getXData()).containsExactly(150);
        assertThat(points.getYData()).containsExactly(new double[] {72}, within(1e-9));
        assertThat(points.getMarker()).isSameAs(LinePanel.PUBLISHED);
        assertThat(figure.panels().get(0).getSeries("margin (published)")).isNull();
        // the arm kafal / kafal is not in the run: its point neither drawn nor stretching the x axis
        assertThat(figure.panels().get(1).getStyler().getXAxisMax()).isLessThan(300);
        assertThat(figure.keys()).extracting(Figure.Key::label).contains("published");
        assertThat(AccuracyPlot.figure("t", rows(), null, published.subList(1, 2)).keys())
                .extracting(Figure.Key::label).doesNotContain("published");
        // a cpu-scaled run's legend says where the points come from
        assertThat(AccuracyPlot.figure("t", rows(), null, published, "published (at 100 x 5)").keys())
                .extracting(Figure.Key::label).contains("published (at 100 x 5)").doesNotContain("published");
    }

    @Test
    void publishedPointsBeyondTheRunsLastRoundAreLeftOutAndTheLegendSaysWhere() {
        // the run ends at 200 labels; the source goes on to 400
        List<AccuracyPlot.Marker> published = List.of(
                new AccuracyPlot.Marker("margin", "f-al", "kmeans", 200, 0.90),
                new AccuracyPlot.Marker("margin", "f-al", "kmeans", 400, 0.95));
        Figure figure = AccuracyPlot.figure("t", rows(), null, published, "published (at 100 x 5)");
        assertThat(series(figure.panels().get(1), "margin (published)").getXData()).containsExactly(200);
        assertThat(figure.panels().get(1).getStyler().getXAxisMax()).isLessThan(300);
        assertThat(figure.keys()).extracting(Figure.Key::label)
                .contains("published (at 100 x 5); those beyond 200 labels: in the report's table");
        // every point within the run: the legend as given
        assertThat(AccuracyPlot.figure("t", rows(), null, published.subList(0, 1), "published (at 100 x 5)").keys())
                .extracting(Figure.Key::label).contains("published (at 100 x 5)");
    }

    @Test
    void oneModePerPanelWithoutPartitionsInTheTitlesAndFourModesTwoByTwo() {
        List<ResultRow> rows = new ArrayList<>();
        for (String mode : List.of("f-al", "kafal", "logo", "fairfal")) {
            rows.add(row("random", mode, "dir-balance:0.1", 0, 0, 0.5));
            rows.add(row("random", mode, "dir-balance:0.1", 1, 0, 0.6));
        }
        Figure figure = AccuracyPlot.figure("t", rows, null, List.of());
        assertThat(figure.panels()).extracting(XYChart::getTitle).containsExactly("f-al", "kafal", "logo", "fairfal");
        assertThat(figure.columns()).isEqualTo(2);
        assertThat(figure.keys()).extracting(Figure.Key::label).containsExactly("random", "mean ± 1 s.d. over seeds");
    }

    @Test
    void theLegendWrapsToFitTheFigureAndTheFilesHaveItsSize() throws IOException {
        List<ResultRow> rows = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            rows.add(row("a-strategy-with-a-long-name-" + s, "f-al", "homogeneous", 0, 0, 0.5 + 0.01 * s));
            rows.add(row("a-strategy-with-a-long-name-" + s, "f-al", "homogeneous", 0, 1, 0.6 + 0.01 * s));
        }
        Figure figure = AccuracyPlot.figure("t", rows, null, List.of());
        assertThat(figure.width()).isEqualTo(900);
        assertThat(figure.legendRows()).hasSizeGreaterThan(1);
        for (List<Figure.Key> row : figure.legendRows()) {
            double width = row.stream().mapToDouble(Figure::keyWidth).sum() + Figure.KEY_GAP * (row.size() - 1);
            assertThat(width).isLessThanOrEqualTo(figure.width() - 2 * Figure.PAD);
        }
        assertThat(figure.legendRows().stream().mapToInt(List::size).sum()).isEqualTo(13);
        // colours repeat after ten strategies, with another point marker
        XYChart panel = figure.panels().get(0);
        assertThat(series(panel, "a-strategy-with-a-long-name-10").getLineColor())
                .isEqualTo(series(panel, "a-strategy-with-a-long-name-0").getLineColor());
        assertThat(series(panel, "a-strategy-with-a-long-name-10").getMarker()).isSameAs(SeriesMarkers.SQUARE);

        Path png = dir.resolve("accuracy.png");
        AccuracyPlot.render("t", rows, List.of(), png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(figure.width());
        assertThat(image.getHeight()).isEqualTo(figure.height());
        assertThat(Files.readString(dir.resolve("accuracy.svg"))).contains("<svg").contains("viewBox=\"0 0 900 "
                + figure.height() + "\"");
    }

    @Test
    void aModeWithoutARandomOfItsOwnShowsRandomUnderFalThinAndGreyForReference() {
        List<ResultRow> rows = new ArrayList<>();
        for (int seed = 0; seed < 2; seed++) {
            rows.add(row("random", "f-al", "dir-balance:0.1", seed, 0, 0.40 + 0.02 * seed));
            rows.add(row("random", "f-al", "dir-balance:0.1", seed, 1, 0.50 + 0.02 * seed));
            rows.add(row("entropy", "f-al", "dir-balance:0.1", seed, 1, 0.55));
            rows.add(row("fairfal", "fairfal", "dir-balance:0.1", seed, 0, 0.40));
            rows.add(row("fairfal", "fairfal", "dir-balance:0.1", seed, 1, 0.70));
        }
        Figure figure = AccuracyPlot.figure("t", rows, null, List.of());
        XYChart fal = figure.panels().get(0);
        XYChart fairfal = figure.panels().get(1);
        assertThat(fal.getSeries(AccuracyPlot.REFERENCE_NAME)).as("F-AL draws its own Random").isNull();
        XYSeries reference = fairfal.getSeries(AccuracyPlot.REFERENCE_NAME);
        assertThat(reference.getYData()).containsExactly(new double[] {41, 51}, within(1e-9));
        assertThat(reference.getLineColor()).isEqualTo(AccuracyPlot.KEY_GREY);
        assertThat(reference.getLineStyle()).isEqualTo(AccuracyPlot.REFERENCE_STROKE);
        // the panel's y range holds the reference line as well as the panel's own curve
        assertThat(fairfal.getStyler().getYAxisMin()).isLessThanOrEqualTo(40);
        assertThat(figure.keys()).extracting(Figure.Key::label)
                .contains("random / f-al (for reference, in the other modes' panels)");
        // the mode's own figure (one mode per figure) draws it too; a run without Random under F-AL has none
        assertThat(AccuracyPlot.figure("t", rows, "fairfal", List.of()).panels().get(0)
                .getSeries(AccuracyPlot.REFERENCE_NAME)).isNotNull();
        List<ResultRow> noRandom = rows.stream().filter(r -> !r.strategy().equals("random")).toList();
        Figure without = AccuracyPlot.figure("t", noRandom, null, List.of());
        assertThat(without.panels().get(1).getSeries(AccuracyPlot.REFERENCE_NAME)).isNull();
        assertThat(without.keys()).extracting(Figure.Key::label).noneMatch(k -> k.contains("for reference"));
    }
}
