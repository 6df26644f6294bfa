package io.falbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.reports.compare.QuirkTable;
import io.falbench.reports.results.ResultRow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The quirk figure on hand-made runs: a panel per arm, gains in points with their intervals, one shared y range. */
class QuirkPlotTest {

    private static ResultRow row(String strategy, String mode, int seed, int round, double accuracy) {
        return new ResultRow("fairfal-cifar10-lt-cpu", "cifar10", "dir-balance:0.1", strategy, mode, seed, round,
                850 * (round + 1), 0.05 * (round + 1), accuracy, accuracy, accuracy, "");
    }

    /** Random at 0.30 + 0.1 x round + 0.01 x seed; FairFAL {@code fairfal[seed]} and BADGE {@code badge} above. */
    private static List<ResultRow> run(double[] fairfal, double badge) {
        List<ResultRow> rows = new ArrayList<>();
        for (int seed = 0; seed < fairfal.length; seed++) {
            for (int round = 0; round < 2; round++) {
                double random = 0.30 + 0.10 * round + 0.01 * seed;
                rows.add(row("random", "f-al", seed, round, random));
                rows.add(row("fairfal", "fairfal", seed, round, random + fairfal[seed]));
                rows.add(row("badge", "f-al", seed, round, random + badge));
            }
        }
        return rows;
    }

    private static QuirkTable table() {
        return QuirkTable.of(run(new double[] {0.05, 0.06, 0.04}, 0.01), run(new double[] {0.02, 0.02, 0.02}, -0.03),
                "random/f-al");
    }

    @Test
    void onePanelPerArmWithBothGainsInPointsAndTheirIntervalsAsBands() {
        Figure figure = QuirkPlot.figure("t", table());
        assertThat(figure.panels()).extracting(XYChart::getTitle).containsExactly("badge/f-al", "fairfal/fairfal");
        XYChart fairfal = figure.panels().get(1);
        assertThat(fairfal.getYAxisTitle()).isEqualTo("gain over random/f-al (accuracy points)");
        assertThat(fairfal.getSeries(QuirkPlot.WITH_NAME).getXData()).containsExactly(new double[] {5, 10},
                within(1e-9));
        assertThat(fairfal.getSeries(QuirkPlot.WITH_NAME).getYData()).containsExactly(new double[] {5, 5},
                within(1e-9));
        assertThat(fairfal.getSeries(QuirkPlot.WITHOUT_NAME).getYData()).containsExactly(new double[] {2, 2},
                within(1e-9));
        // gains 5, 6, 4 points: s.d. 1, the 95% t interval's half-width t(0.975, 2) / sqrt(3) = 2.484
        double[] band = fairfal.getSeries(QuirkPlot.WITH_NAME + " band").getYData();
        assertThat(band[0]).isCloseTo(5 + 4.302653 / Math.sqrt(3), within(1e-5));
        assertThat(band[band.length - 1]).isCloseTo(5 - 4.302653 / Math.sqrt(3), within(1e-5));
        assertThat(fairfal.getSeries(QuirkPlot.ZERO_NAME).getYData()).containsOnly(0.0);
        assertThat(figure.keys()).extracting(Figure.Key::label).containsExactly(QuirkPlot.WITH_NAME,
                QuirkPlot.WITHOUT_NAME, "95% t interval over seeds", QuirkPlot.ZERO_NAME);
    }

    @Test
    void everyPanelSharesOneYRangeHoldingZeroAndEveryInterval() {
        Figure figure = QuirkPlot.figure("t", table());
        var badge = figure.panels().get(0).getStyler();
        var fairfal = figure.panels().get(1).getStyler();
        assertThat(badge.getYAxisMin()).isEqualTo(fairfal.getYAxisMin());
        assertThat(badge.getYAxisMax()).isEqualTo(fairfal.getYAxisMax());
        // BADGE's gain without the quirks is -3 points (one value, no spread); FairFAL's upper bound 7.48
        assertThat(badge.getYAxisMin()).isLessThanOrEqualTo(-3.5);
        assertThat(badge.getYAxisMax()).isGreaterThanOrEqualTo(7.48);
    }

    @Test
    void rendersAPngAndAnSvgAndNothingForAnEmptyTable(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("quirks.png");
        assertThat(QuirkPlot.render("t", table(), png)).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * Figure.panelWidth(2));
        assertThat(Files.readString(dir.resolve("quirks.svg"))).contains("<svg");
        Path none = dir.resolve("none.png");
        assertThat(QuirkPlot.render("t", new QuirkTable("random/f-al", List.of()), none)).isFalse();
        assertThat(none).doesNotExist();
    }
}
