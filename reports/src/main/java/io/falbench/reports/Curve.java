package io.falbench.reports;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** One series' metric against labelled samples: mean and standard deviation over seeds at each AL round. */
public record Curve(String series, List<Point> points) {

    /** One AL round of a series. */
    public record Point(int round, double labelled, double mean, double std, int seeds) {
    }

    public static Curve of(String series, List<ResultRow> rows, ToDoubleFunction<ResultRow> metric) {
        Map<Integer, List<ResultRow>> byRound = new TreeMap<>();
        for (ResultRow row : rows) {
            byRound.computeIfAbsent(row.round(), r -> new ArrayList<>()).add(row);
        }
        List<Point> points = new ArrayList<>();
        byRound.forEach((round, group) -> {
            double labelled = group.stream().mapToDouble(ResultRow::labelled).average().orElse(0);
            double mean = group.stream().mapToDouble(metric).average().orElse(Double.NaN);
            double variance = group.size() < 2 ? 0 : group.stream()
                    .mapToDouble(r -> Math.pow(metric.applyAsDouble(r) - mean, 2)).sum() / (group.size() - 1);
            points.add(new Point(round, labelled, mean, Math.sqrt(variance), group.size()));
        });
        return new Curve(series, List.copyOf(points));
    }

    public Point last() {
        return points.get(points.size() - 1);
    }
}
