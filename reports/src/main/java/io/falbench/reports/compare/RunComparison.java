package io.falbench.reports.compare;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Two runs compared arm by arm (data set x partition x strategy x mode), each arm's seeds paired by index: the
 * difference new - baseline of a {@link CurveMetric}, with its interval and tests. Cells that failed are left out of
 * both sides; an arm (or a seed) one side lacks is reported, not compared.
 */
public record RunComparison(CurveMetric metric, List<Arm> arms, List<String> onlyInBaseline, List<String> onlyInNew,
                            List<String> notes) {

    /** One arm's paired difference over the seeds both runs finished. */
    public record Arm(String name, PairedDifference difference) {
    }

    public static RunComparison of(List<ResultRow> baseline, List<ResultRow> candidate, CurveMetric metric) {
        Map<String, Map<Integer, List<ResultRow>>> base = curves(baseline);
        Map<String, Map<Integer, List<ResultRow>>> next = curves(candidate);
        List<Arm> arms = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String arm : base.keySet()) {
            if (!next.containsKey(arm)) {
                continue;
            }
            TreeSet<Integer> seeds = new TreeSet<>(base.get(arm).keySet());
            seeds.retainAll(next.get(arm).keySet());
            if (seeds.isEmpty()) {
                notes.add(arm + ": no seed finished on both sides");
                continue;
            }
            if (seeds.size() < Math.max(base.get(arm).size(), next.get(arm).size())) {
                notes.add(arm + ": compared on the " + seeds.size() + " seeds both sides finished " + seeds);
            }
            double[] b = new double[seeds.size()];
            double[] n = new double[seeds.size()];
            int i = 0;
            for (int seed : seeds) {
                List<ResultRow> bc = base.get(arm).get(seed);
                List<ResultRow> nc = next.get(arm).get(seed);
                if (bc.size() != nc.size()) {
                    notes.add(arm + " seed " + seed + ": " + bc.size() + " AL rounds in the baseline, " + nc.size()
                            + " in the new run");
                }
                b[i] = metric.of(bc);
                n[i++] = metric.of(nc);
            }
            arms.add(new Arm(arm, PairedDifference.of(b, n)));
        }
        List<String> onlyBase = base.keySet().stream().filter(a -> !next.containsKey(a)).toList();
        List<String> onlyNew = next.keySet().stream().filter(a -> !base.containsKey(a)).toList();
        return new RunComparison(metric, List.copyOf(arms), onlyBase, onlyNew, List.copyOf(notes));
    }

    /** Arms whose mean difference is below -maxDrop (in accuracy points). */
    public List<Arm> regressions(double maxDropPoints) {
        return arms.stream().filter(a -> 100 * a.difference().meanDifference() < -maxDropPoints).toList();
    }

    /** Whether the new run fails the gate: an arm dropped by more than {@code maxDropPoints}, or went missing. */
    public boolean fails(double maxDropPoints) {
        return !regressions(maxDropPoints).isEmpty() || !onlyInBaseline.isEmpty();
    }

    /** A Markdown table (accuracy in points) plus what could not be compared. */
    public String markdown(double maxDropPoints) {
        StringBuilder out = new StringBuilder();
        out.append("| arm | seeds | baseline | new | new - baseline | 95% CI (bootstrap) | Wilcoxon p | paired t p"
                + " | d_z | verdict |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Arm arm : arms) {
            PairedDifference d = arm.difference();
            boolean drop = 100 * d.meanDifference() < -maxDropPoints;
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %+.2f | [%+.2f, %+.2f] | %s | %s | %s | %s |%n",
                    arm.name(), d.pairs(), 100 * d.baselineMean(), 100 * d.newMean(), 100 * d.meanDifference(),
                    100 * d.ciLow(), 100 * d.ciHigh(), number(d.wilcoxonP()), number(d.pairedTP()),
                    number(d.effectSize()), drop ? "REGRESSION (> " + maxDropPoints + " points)" : "ok"));
        }
        onlyInBaseline.forEach(a -> out.append("\nmissing from the new run: ").append(a));
        onlyInNew.forEach(a -> out.append("\nonly in the new run (not compared): ").append(a));
        notes.forEach(n -> out.append("\nnote: ").append(n));
        return out.append('\n').toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }

    /** Finished curves by arm and seed, rows in round order. */
    private static Map<String, Map<Integer, List<ResultRow>>> curves(List<ResultRow> rows) {
        Map<String, Map<Integer, List<ResultRow>>> out = new TreeMap<>();
        Map<String, List<ResultRow>> byCell = rows.stream().collect(Collectors.groupingBy(
                r -> arm(r) + "\u0000" + r.seed(), TreeMap::new, Collectors.toList()));
        for (List<ResultRow> cell : byCell.values()) {
            if (cell.stream().anyMatch(r -> r.failure() != null && !r.failure().isBlank())) {
                continue;
            }
            cell.sort(Comparator.comparingInt(ResultRow::round));
            out.computeIfAbsent(arm(cell.get(0)), k -> new TreeMap<>()).put(cell.get(0).seed(), cell);
        }
        return out;
    }

    private static String arm(ResultRow r) {
        return r.dataset() + " / " + r.partition() + " / " + r.strategy() + " / " + r.mode();
    }
}
