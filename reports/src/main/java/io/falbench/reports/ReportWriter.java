package io.falbench.reports;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.ResultStore;
import io.falbench.files.AtomicFiles;
import io.falbench.files.WriteFailure;
import io.falbench.reports.claims.ClaimsReport;
import io.falbench.reports.results.ResultRow;
import io.falbench.reports.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders a run directory from its files alone: {@code accuracy.png} and {@code .svg} (test accuracy vs labelled
 * samples, one panel per mode, mean over seeds with a band, published points as markers; beyond
 * {@value #MAX_SERIES_PER_FIGURE} series also {@code accuracy-<mode>.png} per mode) and {@code report.md} (the plot, the per-round
 * accuracy table, the final metrics, the gaps to the published numbers, the verdicts on the sources' claims, with
 * their figure {@code claims.png}, and how the run was made).
 */
public final class ReportWriter {

    /** Beyond this many series the report adds one figure per mode, larger than the panels of accuracy.png. */
    static final int MAX_SERIES_PER_FIGURE = 10;

    private ReportWriter() {
    }

    /** Writes the report into {@code runDir}; returns the path of report.md. */
    public static Path write(Path runDir) throws IOException {
        List<ResultRow> rows = ResultsReader.read(runDir.resolve("results.csv"));
        if (rows.isEmpty()) {
            throw new IOException(runDir.resolve("results.csv") + " holds no results yet");
        }
        boolean severalPartitions = rows.stream().map(ResultRow::partition).distinct().count() > 1;
        Map<String, List<ResultRow>> bySeries = new LinkedHashMap<>();
        for (ResultRow row : rows) {
            bySeries.computeIfAbsent(row.series(severalPartitions), s -> new ArrayList<>()).add(row);
        }
        List<Curve> accuracy = new ArrayList<>();
        List<Curve> balanced = new ArrayList<>();
        List<Curve> macroF1 = new ArrayList<>();
        bySeries.forEach((series, group) -> {
            accuracy.add(Curve.of(series, group, ResultRow::accuracy));
            balanced.add(Curve.of(series, group, ResultRow::balancedAccuracy));
            macroF1.add(Curve.of(series, group, ResultRow::macroF1));
        });
        ResultRow any = rows.get(0);
        String title = any.protocol() + ": " + any.dataset() + (severalPartitions ? "" : ", " + any.partition())
                + ", test accuracy by labelled samples";
        PublishedGaps published = PublishedGaps.of(rows, severalPartitions);
        String publishedKey = published.publishedSchedule().isEmpty() ? AccuracyPlot.PUBLISHED
                : AccuracyPlot.PUBLISHED + " (at " + published.publishedSchedule() + ")";
        List<AccuracyPlot.Marker> markers = published.markers();
        AccuracyPlot.render(title, rows, null, markers, publishedKey, runDir.resolve("accuracy.png"));
        List<String> modes = rows.stream().map(ResultRow::mode).distinct().toList();
        Map<String, String> perMode = new LinkedHashMap<>();
        if (accuracy.size() > MAX_SERIES_PER_FIGURE && modes.size() > 1) {
            for (String mode : modes) {
                String file = "accuracy-" + mode.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
                AccuracyPlot.render(title + ", mode " + mode, rows, mode, markers, publishedKey, runDir.resolve(file));
                perMode.put(mode, file);
            }
        }

        StringBuilder md = new StringBuilder();
        md.append("# ").append(any.protocol()).append("\n\n");
        md.append("Data set `").append(any.dataset()).append("`; ").append(bySeries.size())
                .append(" series; mean ± standard deviation over seeds (n per point in the last column).\n\n");
        md.append("![test accuracy vs labelled samples, one panel per mode").append(severalPartitions
                ? " and partition" : "").append("](accuracy.png)\n\n");
        if (!perMode.isEmpty()) {
            md.append("One mode per figure, larger: ").append(perMode.entrySet().stream()
                    .map(e -> "[" + e.getKey() + "](" + e.getValue() + ")").collect(Collectors.joining(", ")))
                    .append(".\n\n");
        }
        Map<String, String> failures = new LinkedHashMap<>();
        List<CellResult> cells = new ResultStore(runDir).all();
        for (CellResult cell : cells) {
            if (cell.failed()) {
                failures.put(cell.cell().id() + " (" + cell.rounds().size() + " rounds finished)", cell.failure());
            }
        }
        if (!failures.isEmpty()) {
            md.append("## Failed cells\n\nThese cells stopped early; their curves hold only the rounds before.\n\n");
            failures.forEach((cell, why) -> md.append("- ").append(cell).append(": ").append(why).append("\n"));
            md.append("\n");
        }
        md.append("## Test accuracy by labelled samples\n\n");
        TreeSet<Integer> roundSet = new TreeSet<>();
        accuracy.forEach(c -> c.points().forEach(p -> roundSet.add(p.round())));
        List<Integer> rounds = new ArrayList<>(roundSet);
        md.append("| series |");
        for (int round : rounds) {
            md.append(" ").append(labelledAt(accuracy, round)).append(" |");
        }
        md.append(" seeds |\n|---|");
        rounds.forEach(r -> md.append("---:|"));
        md.append("---:|\n");
        for (Curve curve : accuracy) {
            md.append("| ").append(curve.series()).append(" |");
            for (int round : rounds) {
                md.append(" ").append(curve.points().stream().filter(p -> p.round() == round).findFirst()
                        .map(p -> percent(p.mean(), p.std())).orElse("")).append(" |");
            }
            md.append(" ").append(curve.last().seeds()).append(" |\n");
        }
        md.append("\n## Final round\n\n| series | labelled | accuracy | balanced accuracy | macro F1 |\n|---|---:|---:|---:|---:|\n");
        for (int s = 0; s < accuracy.size(); s++) {
            Curve.Point a = accuracy.get(s).last();
            md.append("| ").append(accuracy.get(s).series()).append(" | ").append(Math.round(a.labelled()))
                    .append(" | ").append(percent(a.mean(), a.std()))
                    .append(" | ").append(percent(balanced.get(s).last().mean(), balanced.get(s).last().std()))
                    .append(" | ").append(percent(macroF1.get(s).last().mean(), macroF1.get(s).last().std()))
                    .append(" |\n");
        }
        String gaps = published.markdown(accuracy);
        if (!gaps.isEmpty()) {
            md.append("\n").append(gaps);
        }
        md.append("\n").append(DiagnosticsReport.markdown(cells, severalPartitions));
        String convergence = ConvergenceReport.write(runDir, cells, severalPartitions);
        if (!convergence.isEmpty()) {
            md.append("\n").append(convergence);
        }
        String claims = ClaimsReport.write(runDir, any.protocol(), rows, cells);
        if (!claims.isEmpty()) {
            md.append("\n").append(claims);
        }
        String provenance = RunProvenance.markdown(runDir, any.protocol(), cells);
        if (!provenance.isEmpty()) {
            md.append("\n").append(provenance);
        }
        md.append("\nPer-round metrics of every cell: `results.csv`; per-cell rounds and provenance: `cells/*.json`.\n");
        Path report = runDir.resolve("report.md");
        AtomicFiles.writeString(report, WriteFailure.CELLS_KEPT, md);
        return report;
    }

    private static String labelledAt(List<Curve> curves, int round) {
        return curves.stream().flatMap(c -> c.points().stream()).filter(p -> p.round() == round).findFirst()
                .map(p -> String.format(Locale.ROOT, "%,d", Math.round(p.labelled()))).orElse("?");
    }

    private static String percent(double mean, double std) {
        return String.format(Locale.ROOT, "%.2f ± %.2f", 100 * mean, 100 * std);
    }
}
