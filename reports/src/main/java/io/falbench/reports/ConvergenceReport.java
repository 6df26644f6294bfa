package io.falbench.reports;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.RoundResult;
import io.falbench.experiment.TracePoint;
import io.falbench.reports.results.ResultRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;

/**
 * The convergence check of a run with {@code fl.trace_every}: test accuracy against FedAvg rounds in the first and the
 * last AL round, mean over seeds, as {@code convergence.png}/{@code .svg} (a panel per AL round, a colour per arm) and
 * a table with each trace's gain over its
 * last quarter of FedAvg rounds (a budget that still gains there has not converged).
 */
final class ConvergenceReport {

    private ConvergenceReport() {
    }

    /** One arm's trace in one AL round: its labelled count and a row per traced FedAvg round and seed. */
    private record Trace(int labels, List<ResultRow> rows) {
    }

    /** The report.md section, or "" when no cell traced its training; renders the plot into {@code runDir}. */
    static String write(Path runDir, List<CellResult> cells, boolean severalPartitions) throws IOException {
        Map<Integer, Map<String, Trace>> byRound = traces(cells, severalPartitions);
        if (byRound.isEmpty()) {
            return "";
        }
        // the table lists the traces by arm, then AL round, as their names sort
        Map<String, List<ResultRow>> bySeries = new TreeMap<>();
        byRound.forEach((round, ofRound) -> ofRound.forEach((arm, trace) -> bySeries.put(arm + ", AL round " + round
                + " (" + trace.labels() + " labels)", trace.rows())));
        figure(byRound).write(runDir.resolve("convergence.png"));
        StringBuilder md = new StringBuilder("## Convergence check\n\n![test accuracy along the FedAvg rounds]"
                + "(convergence.png)\n\nTest accuracy of the global model along the FedAvg rounds of the first and the"
                + " last AL round (`fl.trace_every`), mean ± s.d. over seeds. The last column is the gain over the last"
                + " quarter of the rounds: near zero when the training budget has converged.\n\n"
                + "| series | traced rounds | at 1/2 | at 3/4 | last | gain over the last quarter |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        bySeries.forEach((series, rows) -> {
            Curve curve = Curve.of(series, rows, ResultRow::accuracy);
            Curve.Point last = curve.last();
            Curve.Point half = at(curve, last.labelled() / 2);
            Curve.Point threeQuarters = at(curve, 0.75 * last.labelled());
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %+.2f |%n", curve.series(),
                    curve.points().size(), percent(half), percent(threeQuarters), percent(last),
                    100 * (last.mean() - threeQuarters.mean())));
        });
        return md.toString();
    }

    /** The traced points by AL round and arm (strategy / mode, and partition where the run has several). */
    private static Map<Integer, Map<String, Trace>> traces(List<CellResult> cells, boolean severalPartitions) {
        Map<Integer, Map<String, Trace>> byRound = new TreeMap<>();
        for (CellResult cell : cells) {
            String arm = ResultRow.series(cell.cell().strategy(), cell.cell().mode(), cell.cell().partition(),
                    severalPartitions);
            for (RoundResult round : cell.rounds()) {
                for (TracePoint p : round.trace()) {
                    byRound.computeIfAbsent(round.round(), r -> new TreeMap<>())
                            .computeIfAbsent(arm, a -> new Trace(round.labels().labelled(), new ArrayList<>()))
                            .rows().add(new ResultRow("", "", "", "", "", cell.cell().seed(), p.fedRound(),
                                    p.fedRound(), 0, p.accuracy(), 0, 0, ""));
                }
            }
        }
        return byRound;
    }

    /**
     * Small multiples: one panel per traced AL round, one line per arm in the same colour in every panel, the key
     * above.
     */
    private static Figure figure(Map<Integer, Map<String, Trace>> byRound) {
        TreeSet<String> sorted = new TreeSet<>();
        byRound.values().forEach(ofRound -> sorted.addAll(ofRound.keySet()));
        List<String> arms = List.copyOf(sorted);
        int columns = Math.min(AccuracyPlot.MAX_COLUMNS, byRound.size());
        int width = Figure.panelWidth(columns);
        int height = Figure.panelHeight(columns);
        List<XYChart> panels = new ArrayList<>();
        byRound.forEach((round, ofRound) -> {
            List<LinePanel.Line> lines = new ArrayList<>();
            ofRound.forEach((arm, trace) -> lines.add(new LinePanel.Line(arm, Curve.of(arm, trace.rows(),
                    ResultRow::accuracy), AccuracyPlot.colour(arms.indexOf(arm)), AccuracyPlot.SPLIT_STROKES[0],
                    AccuracyPlot.marker(arms.indexOf(arm)))));
            int labels = ofRound.values().iterator().next().labels();
            panels.add(LinePanel.chart("AL round " + round + " (" + labels + " labels)", "FedAvg round",
                    "test accuracy", lines, width, height, null, null, false));
        });
        List<Figure.Key> keys = new ArrayList<>();
        for (String arm : arms) {
            keys.add(new Figure.Key(arm, AccuracyPlot.colour(arms.indexOf(arm)), AccuracyPlot.SPLIT_STROKES[0],
                    Figure.Sample.LINE_AND_POINT));
        }
        keys.add(new Figure.Key("mean ± 1 s.d. over seeds", AccuracyPlot.KEY_GREY, AccuracyPlot.SPLIT_STROKES[0],
                Figure.Sample.BAND));
        return new Figure("Convergence check: test accuracy along the FedAvg rounds", panels, columns, keys);
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
