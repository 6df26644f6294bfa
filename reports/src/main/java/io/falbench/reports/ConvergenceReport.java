package io.falbench.reports;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.RoundResult;
import io.falbench.experiment.TracePoint;
import io.falbench.reports.results.ResultRow;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;

/**
 * The convergence check of a run with {@code fl.trace_every}: test accuracy against FedAvg rounds in the first and the
 * last AL round, mean over seeds, as {@code convergence.png}/{@code .svg} (a panel per AL round, a colour per arm) and
 * a table with each trace's gain over its
 * last quarter of FedAvg rounds (a budget that still gains there has not converged).
 */
final class ConvergenceReport {

    private ConvergenceReport() {
    }

    /** The report.md section, or "" when no cell traced its training; renders the plot into {@code runDir}. */
    static String write(Path runDir, List<CellResult> cells, boolean severalPartitions) throws IOException {
        Map<String, List<ResultRow>> traces = new TreeMap<>();
        for (CellResult cell : cells) {
            for (RoundResult round : cell.rounds()) {
                String series = ResultRow.series(cell.cell().strategy(), cell.cell().mode(),
                        cell.cell().partition(), severalPartitions) + ", AL round " + round.round()
                        + " (" + round.labels().labelled() + " labels)";
                for (TracePoint p : round.trace()) {
                    traces.computeIfAbsent(series, s -> new ArrayList<>()).add(new ResultRow("", "", "", "", "",
                            cell.cell().seed(), p.fedRound(), p.fedRound(), 0, p.accuracy(), 0, 0, ""));
                }
            }
        }
        if (traces.isEmpty()) {
            return "";
        }
        List<Curve> curves = new ArrayList<>();
        traces.forEach((series, rows) -> curves.add(Curve.of(series, rows, ResultRow::accuracy)));
        figure(cells, severalPartitions).write(runDir.resolve("convergence.png"));
        StringBuilder md = new StringBuilder("## Convergence check\n\n![test accuracy along the FedAvg rounds]"
                + "(convergence.png)\n\nTest accuracy of the global model along the FedAvg rounds of the first and the"
                + " last AL round (`fl.trace_every`), mean ± s.d. over seeds. The last column is the gain over the last"
                + " quarter of the rounds: near zero when the training budget has converged.\n\n"
                + "| series | traced rounds | at 1/2 | at 3/4 | last | gain over the last quarter |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Curve curve : curves) {
            Curve.Point last = curve.last();
            Curve.Point half = at(curve, last.labelled() / 2);
            Curve.Point threeQuarters = at(curve, 0.75 * last.labelled());
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %+.2f |%n", curve.series(),
                    curve.points().size(), percent(half), percent(threeQuarters), percent(last),
                    100 * (last.mean() - threeQuarters.mean())));
        }
        return md.toString();
    }

    /**
     * Small multiples: one panel per traced AL round, one line per arm (strategy / mode, and partition where the run
     * has several) in the same colour in every panel, the key above.
     */
    private static Figure figure(List<CellResult> cells, boolean severalPartitions) {
        Map<Integer, Map<String, List<ResultRow>>> byRound = new TreeMap<>();
        Map<Integer, Integer> labels = new TreeMap<>();
        TreeSet<String> arms = new TreeSet<>();
        for (CellResult cell : cells) {
            String arm = ResultRow.series(cell.cell().strategy(), cell.cell().mode(), cell.cell().partition(),
                    severalPartitions);
            for (RoundResult round : cell.rounds()) {
                for (TracePoint p : round.trace()) {
                    arms.add(arm);
                    labels.putIfAbsent(round.round(), round.labels().labelled());
                    byRound.computeIfAbsent(round.round(), r -> new TreeMap<>())
                            .computeIfAbsent(arm, a -> new ArrayList<>()).add(new ResultRow("", "", "", "", "",
                                    cell.cell().seed(), p.fedRound(), p.fedRound(), 0, p.accuracy(), 0, 0, ""));
                }
            }
        }
        List<String> order = new ArrayList<>(arms);
        int columns = Math.min(AccuracyPlot.MAX_COLUMNS, byRound.size());
        int width = columns == 1 ? 900 : columns == 2 ? 560 : 440;
        int height = columns == 1 ? 520 : columns == 2 ? 360 : 300;
        List<XYChart> panels = new ArrayList<>();
        byRound.forEach((round, ofRound) -> {
            List<LinePanel.Line> lines = new ArrayList<>();
            ofRound.forEach((arm, rows) -> lines.add(new LinePanel.Line(arm, Curve.of(arm, rows, ResultRow::accuracy),
                    colour(order, arm), AccuracyPlot.SPLIT_STROKES[0], marker(order, arm))));
            panels.add(LinePanel.chart("AL round " + round + " (" + labels.get(round) + " labels)", "FedAvg round",
                    "test accuracy", lines, width, height, null, null, false));
        });
        List<Figure.Key> keys = new ArrayList<>();
        for (String arm : order) {
            keys.add(new Figure.Key(arm, colour(order, arm), AccuracyPlot.SPLIT_STROKES[0],
                    Figure.Sample.LINE_AND_POINT));
        }
        keys.add(new Figure.Key("mean ± 1 s.d. over seeds", AccuracyPlot.KEY_GREY, AccuracyPlot.SPLIT_STROKES[0],
                Figure.Sample.BAND));
        return new Figure("Convergence check: test accuracy along the FedAvg rounds", panels, columns, keys);
    }

    private static Color colour(List<String> arms, String arm) {
        return AccuracyPlot.PALETTE[arms.indexOf(arm) % AccuracyPlot.PALETTE.length];
    }

    private static Marker marker(List<String> arms, String arm) {
        return AccuracyPlot.POINTS[arms.indexOf(arm) / AccuracyPlot.PALETTE.length % AccuracyPlot.POINTS.length];
    }

    /** The traced point at the latest FedAvg round not after {@code fedRound} (the first point if none is). */
    private static Curve.Point at(Curve curve, double fedRound) {
        Curve.Point best = curve.points().get(0);
        for (Curve.Point p : curve.points()) {
            if (p.labelled() <= fedRound + 1e-9) {
                best = p;
            }
        }
        return best;
    }

    private static String percent(Curve.Point p) {
        return String.format(Locale.ROOT, "%.2f ± %.2f (round %d)", 100 * p.mean(), 100 * p.std(),
                Math.round(p.labelled()));
    }
}
