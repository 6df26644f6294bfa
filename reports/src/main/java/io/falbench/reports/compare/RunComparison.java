package io.falbench.reports.compare;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.stats.Holm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Two runs compared arm by arm (data set x partition x strategy x mode), the seed the unit: within an arm each seed's
 * curve of one run is paired with the same seed's of the other, and the difference new - baseline of a {@link
 * CurveMetric} gets its paired statistics ({@link PairedDifference}), the paired t p-values Holm-adjusted over the
 * arms (docs/statistics.md). A seed or arm that one side lacks, or whose cell failed on either side, is unpaired:
 * listed, and failing the gate unless missing seeds are allowed.
 *
 * @param arms the arms with at least one paired seed
 * @param unpaired every arm or seed that could not be paired, and why
 * @param notes what was compared but differs in shape (AL rounds per curve)
 */
public record RunComparison(CurveMetric metric, List<Arm> arms, List<Unpaired> unpaired, List<String> notes) {

    /** One arm's paired difference over the seeds both runs finished; {@code holmP} its paired t p after Holm. */
    public record Arm(String name, PairedDifference difference, double holmP) {
    }

    /** An arm, or one seed of an arm, that could not be paired: {@code why} names the seed and the side. */
    public record Unpaired(String arm, String why) {
        @Override
        public String toString() {
            return arm + ": " + why;
        }
    }

    /** A finished curve (rows in round order), or the failure of a cell that stopped early. */
    private record Cell(List<ResultRow> curve, String failure) {
    }

    public static RunComparison of(List<ResultRow> baseline, List<ResultRow> candidate, CurveMetric metric) {
        Map<String, Map<Integer, Cell>> base = cells(baseline);
        Map<String, Map<Integer, Cell>> next = cells(candidate);
        TreeSet<String> names = new TreeSet<>(base.keySet());
        names.addAll(next.keySet());
        List<String> compared = new ArrayList<>();
        List<PairedDifference> differences = new ArrayList<>();
        List<Unpaired> unpaired = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String arm : names) {
            Map<Integer, Cell> b = base.get(arm);
            Map<Integer, Cell> n = next.get(arm);
            if (b == null || n == null) {
                unpaired.add(new Unpaired(arm, "missing from the " + (b == null ? "baseline" : "new run")
                        + " (the other run has seeds " + (b == null ? n : b).keySet() + ")"));
                continue;
            }
            TreeSet<Integer> seeds = new TreeSet<>(b.keySet());
            seeds.addAll(n.keySet());
            List<Double> bv = new ArrayList<>();
            List<Double> nv = new ArrayList<>();
            for (int seed : seeds) {
                String why = unpairedWhy(b.get(seed), n.get(seed));
                if (why != null) {
                    unpaired.add(new Unpaired(arm, "seed " + seed + " " + why));
                    continue;
                }
                List<ResultRow> bc = b.get(seed).curve();
                List<ResultRow> nc = n.get(seed).curve();
                if (bc.size() != nc.size()) {
                    notes.add(arm + " seed " + seed + ": " + bc.size() + " AL rounds in the baseline, " + nc.size()
                            + " in the new run");
                }
                bv.add(metric.of(bc));
                nv.add(metric.of(nc));
            }
            if (!bv.isEmpty()) {
                compared.add(arm);
                differences.add(PairedDifference.of(bv.stream().mapToDouble(Double::doubleValue).toArray(),
                        nv.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        double[] holm = holm(differences);
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            arms.add(new Arm(compared.get(i), differences.get(i), holm[i]));
        }
        return new RunComparison(metric, List.copyOf(arms), List.copyOf(unpaired), List.copyOf(notes));
    }

    /** The arm names (data set / partition / strategy / mode) of a run's rows, failed cells included. */
    public static Set<String> armNames(List<ResultRow> rows) {
        return rows.stream().map(RunComparison::arm).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Arms whose mean difference is below -maxDrop (in accuracy points). */
    public List<Arm> regressions(double maxDropPoints) {
        return arms.stream().filter(a -> drops(a, maxDropPoints)).toList();
    }

    /**
     * Whether the new run fails the gate: an arm's mean dropped by more than {@code maxDropPoints}, or (unless
     * {@code allowMissing}) an arm or seed is unpaired.
     */
    public boolean fails(double maxDropPoints, boolean allowMissing) {
        return !regressions(maxDropPoints).isEmpty() || !allowMissing && !unpaired.isEmpty();
    }

    /** The smallest and largest number of seeds paired in an arm (both 0 when none was). */
    public IntSummaryStatistics seedsPaired() {
        return arms.stream().mapToInt(a -> a.difference().pairs()).summaryStatistics();
    }

    /** A Markdown table (accuracy in points) plus what could not be paired and why. */
    public String markdown(double maxDropPoints, boolean allowMissing) {
        StringBuilder out = new StringBuilder();
        IntSummaryStatistics seeds = seedsPaired();
        out.append(String.format(Locale.ROOT, "%d arm%s compared, seeds paired by seed number within each arm: %s per"
                        + " arm (the seed is the unit: n = seeds, one difference new - baseline per seed).%n%n",
                arms.size(), arms.size() == 1 ? "" : "s", seeds.getCount() == 0 ? "none"
                        : seeds.getMin() == seeds.getMax() ? Integer.toString(seeds.getMin())
                        : seeds.getMin() + " to " + seeds.getMax()));
        out.append("| arm | seeds | baseline | new | new - baseline | 95% CI (paired t) | paired t p | Holm p"
                + " | Wilcoxon p (exact) | d_z | verdict |\n|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
        for (Arm arm : arms) {
            PairedDifference d = arm.difference();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %+.2f | %s | %s | %s | %s | %s | %s |%n",
                    arm.name(), d.pairs(), 100 * d.baselineMean(), 100 * d.newMean(), 100 * d.meanDifference(),
                    Double.isNaN(d.ciLow()) ? "n/a (one seed)" : String.format(Locale.ROOT, "[%+.2f, %+.2f]",
                            100 * d.ciLow(), 100 * d.ciHigh()), number(d.pairedTP()), number(arm.holmP()),
                    number(d.wilcoxonP()), number(d.effectSize()),
                    drops(arm, maxDropPoints) ? "REGRESSION (> " + maxDropPoints + " points)" : "ok"));
        }
        if (!unpaired.isEmpty()) {
            out.append('\n').append(allowMissing ? "Unpaired (allowed by --allow-missing, not compared):"
                    : "MISSING (fails the gate; --allow-missing reports it without failing):").append('\n');
            unpaired.forEach(u -> out.append("- ").append(u).append('\n'));
        }
        notes.forEach(n -> out.append("\nnote: ").append(n));
        return out.append('\n').toString();
    }

    private static boolean drops(Arm arm, double maxDropPoints) {
        return 100 * arm.difference().meanDifference() < -maxDropPoints;
    }

    /** Why a seed cannot be paired, or null when both sides finished it. */
    private static String unpairedWhy(Cell baseline, Cell candidate) {
        if (baseline == null || candidate == null) {
            return "missing from the " + (baseline == null ? "baseline" : "new run");
        }
        if (baseline.failure() != null && candidate.failure() != null) {
            return "failed in both runs (baseline: " + baseline.failure() + "; new run: " + candidate.failure() + ")";
        }
        if (baseline.failure() != null || candidate.failure() != null) {
            return "failed in the " + (baseline.failure() != null ? "baseline (" + baseline.failure()
                    : "new run (" + candidate.failure()) + ")";
        }
        return null;
    }

    /** Holm's adjustment of the arms' paired t p-values (NaN, one seed, stays NaN and out of the family). */
    private static double[] holm(List<PairedDifference> differences) {
        double[] p = differences.stream().mapToDouble(PairedDifference::pairedTP).filter(v -> !Double.isNaN(v))
                .toArray();
        double[] adjusted = Holm.adjust(p);
        double[] out = new double[differences.size()];
        for (int i = 0, j = 0; i < out.length; i++) {
            out[i] = Double.isNaN(differences.get(i).pairedTP()) ? Double.NaN : adjusted[j++];
        }
        return out;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }

    /** Each cell by arm and seed: its rows in round order, or its failure. */
    private static Map<String, Map<Integer, Cell>> cells(List<ResultRow> rows) {
        Map<String, Map<Integer, Cell>> out = new TreeMap<>();
        Map<String, List<ResultRow>> byCell = rows.stream().collect(Collectors.groupingBy(
                r -> arm(r) + "\u0000" + r.seed(), TreeMap::new, Collectors.toList()));
        for (List<ResultRow> cell : byCell.values()) {
            cell.sort(Comparator.comparingInt(ResultRow::round));
            String failure = cell.stream().map(ResultRow::failure).filter(f -> f != null && !f.isBlank())
                    .findFirst().orElse(null);
            out.computeIfAbsent(arm(cell.get(0)), k -> new TreeMap<>()).put(cell.get(0).seed(),
                    new Cell(cell, failure));
        }
        return out;
    }

    private static String arm(ResultRow r) {
        return r.dataset() + " / " + r.partition() + " / " + r.strategy() + " / " + r.mode();
    }
}
