package io.falbench.reports;

import io.falbench.experiment.CellResult;
import io.falbench.experiment.RoundDiagnostics;
import io.falbench.experiment.RoundResult;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the runs did besides their accuracy, from the cell files: the labels per class at the end, where the query
 * budget went (share per client, corrupted clients' share), the bytes that crossed the federated boundary, and
 * FairFAL's query-model choice per AL round. Means over the seeds of each series.
 */
final class DiagnosticsReport {

    private DiagnosticsReport() {
    }

    static String markdown(List<CellResult> cells, boolean severalPartitions) {
        Map<String, List<CellResult>> bySeries = cells.stream().filter(c -> !c.failed() && !c.rounds().isEmpty())
                .collect(Collectors.groupingBy(c -> ResultRow.series(c.cell().strategy(), c.cell().mode(),
                        c.cell().partition(), severalPartitions), TreeMap::new, Collectors.toList()));
        if (bySeries.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Where the labels went\n\nLabels held per class after the last AL"
                + " round, and each client's share of all queried labels (%), mean over seeds.\n\n"
                + "| series | labels per class (class 0, 1, ...) | smallest / largest class | queried share per client"
                + " (client 0, 1, ...) | corrupted clients' share |\n|---|---|---:|---|---:|\n");
        for (Map.Entry<String, List<CellResult>> e : bySeries.entrySet()) {
            double[] perClass = mean(e.getValue(), c -> toDouble(c.last().labels().perClass()));
            double[] queried = mean(e.getValue(), DiagnosticsReport::queriedShares);
            boolean anyCorrupted = e.getValue().stream()
                    .anyMatch(c -> c.provenance() != null && c.provenance().corruptedClients() > 0);
            double corrupted = !anyCorrupted ? Double.NaN : e.getValue().stream().flatMap(c -> c.rounds().stream())
                    .map(r -> r.diagnostics().scalars().get(RoundDiagnostics.CORRUPTED_QUERY_SHARE))
                    .filter(v -> v != null && !Double.isNaN(v)).mapToDouble(Double::doubleValue).average()
                    .orElse(Double.NaN);
            double min = Arrays.stream(perClass).min().orElse(0);
            double max = Arrays.stream(perClass).max().orElse(0);
            md.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %s | %s |%n", e.getKey(), join(perClass, "%.0f"),
                    max > 0 ? min / max : Double.NaN, join(queried, "%.1f"),
                    Double.isNaN(corrupted) ? "" : String.format(Locale.ROOT, "%.1f", 100 * corrupted)));
        }
        md.append("\n## Communication\n\nBytes that crossed the federated boundary per cell (all AL rounds: training"
                + " and query), mean over seeds.\n\n| series | up (MB) | down (MB) |\n|---|---:|---:|\n");
        for (Map.Entry<String, List<CellResult>> e : bySeries.entrySet()) {
            double[] bytes = mean(e.getValue(), c -> new double[] {
                c.rounds().stream().mapToDouble(r -> r.costs().bytesUp()).sum(),
                c.rounds().stream().mapToDouble(r -> r.costs().bytesDown()).sum()});
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", e.getKey(), bytes[0] / 1e6, bytes[1] / 1e6));
        }
        md.append(fairFal(bySeries));
        return md.toString();
    }

    /** Share of clients that queried with the global model, per AL round with a query, for FairFAL's series. */
    private static String fairFal(Map<String, List<CellResult>> bySeries) {
        Map<String, Map<Integer, double[]>> choice = new LinkedHashMap<>();
        bySeries.forEach((series, cells) -> {
            for (CellResult cell : cells) {
                for (RoundResult round : cell.rounds()) {
                    double[] uses = round.diagnostics().perClient().get(FairFalQuery.USES_GLOBAL_MODEL);
                    if (uses != null) {
                        double[] sum = choice.computeIfAbsent(series, s -> new TreeMap<>())
                                .computeIfAbsent(round.round(), r -> new double[2]);
                        sum[0] += Arrays.stream(uses).sum();
                        sum[1] += uses.length;
                    }
                }
            }
        });
        if (choice.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## FairFAL's query model\n\nShare of clients that queried with the"
                + " global model (the rest used their local model), per query step after AL round r, over seeds and"
                + " clients.\n\n| series | AL round: share using the global model |\n|---|---|\n");
        choice.forEach((series, rounds) -> {
            List<String> parts = new ArrayList<>();
            rounds.forEach((r, sum) -> parts.add(String.format(Locale.ROOT, "%d: %.2f", r, sum[0] / sum[1])));
            md.append("| ").append(series).append(" | ").append(String.join(", ", parts)).append(" |\n");
        });
        return md.toString();
    }

    /** Each client's share (%) of the labels the cell queried over all its rounds. */
    private static double[] queriedShares(CellResult cell) {
        double[] sum = null;
        for (RoundResult round : cell.rounds()) {
            int[] q = round.labels().queriedPerClient();
            if (sum == null) {
                sum = new double[q.length];
            }
            for (int k = 0; k < q.length; k++) {
                sum[k] += q[k];
            }
        }
        double total = Arrays.stream(sum).sum();
        double[] share = sum;
        return total > 0 ? Arrays.stream(share).map(v -> 100 * v / total).toArray() : share;
    }

    private static double[] mean(List<CellResult> cells, Function<CellResult, double[]> values) {
        double[] sum = null;
        for (CellResult cell : cells) {
            double[] v = values.apply(cell);
            if (sum == null) {
                sum = new double[v.length];
            }
            for (int i = 0; i < Math.min(v.length, sum.length); i++) {
                sum[i] += v[i] / cells.size();
            }
        }
        return sum;
    }

    private static double[] toDouble(int[] v) {
        return Arrays.stream(v).asDoubleStream().toArray();
    }

    private static String join(double[] v, String format) {
        return Arrays.stream(v).mapToObj(x -> String.format(Locale.ROOT, format, x)).collect(Collectors.joining(" "));
    }
}
