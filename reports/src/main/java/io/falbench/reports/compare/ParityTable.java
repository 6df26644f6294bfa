package io.falbench.reports.compare;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parity criterion of docs/parity.md between two runs of the same arms (a numeric option against the default,
 * a reimplementation against its reference): at every AL round of every arm the two means over seeds differ by at most
 * max(margin, the larger standard deviation), in accuracy points. The seeds are independent runs on each side, not
 * paired; an arm or round that only one run holds is listed as missing.
 *
 * @param margin  the smallest bound, in points (docs/parity.md: 1.5)
 * @param rows    per arm and AL round both runs hold, in arm then round order
 * @param missing arm and round of those only one run holds, with the run that lacks them
 */
public record ParityTable(double margin, List<Row> rows, List<String> missing) {

    /** One arm at one AL round: each side's mean and sample s.d. over its seeds (s.d. NaN below two seeds). */
    public record Row(String arm, int round, double labelledFraction, Side baseline, Side candidate) {

        /** The candidate's mean minus the baseline's, in points. */
        public double difference() {
            return candidate.mean() - baseline.mean();
        }

        /** max(margin, the larger s.d.; a side with one seed has none). */
        public double bound(double margin) {
            double larger = Math.max(nanToZero(baseline.sd()), nanToZero(candidate.sd()));
            return Math.max(margin, larger);
        }

        /** Whether the two means lie within {@link #bound}. */
        public boolean within(double margin) {
            return Math.abs(difference()) <= bound(margin);
        }

        private static double nanToZero(double value) {
            return Double.isNaN(value) ? 0 : value;
        }
    }

    /** A run's accuracy at one arm and round: seeds, mean and sample standard deviation, in points. */
    public record Side(int seeds, double mean, double sd) {

        static Side of(List<Double> accuracies) {
            double mean = accuracies.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double squares = accuracies.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum();
            double sd = accuracies.size() < 2 ? Double.NaN : Math.sqrt(squares / (accuracies.size() - 1));
            return new Side(accuracies.size(), mean, sd);
        }

        String markdown() {
            return Double.isNaN(sd) ? String.format(Locale.ROOT, "%.2f (n %d)", mean, seeds)
                    : String.format(Locale.ROOT, "%.2f ± %.2f (n %d)", mean, sd, seeds);
        }
    }

    /** The table of {@code candidate} against {@code baseline}; cells that failed are left out. */
    public static ParityTable of(List<ResultRow> baseline, List<ResultRow> candidate, double margin) {
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("the margin must be 0 or more points, got " + margin);
        }
        Map<String, Map<Integer, List<ResultRow>>> a = index(baseline);
        Map<String, Map<Integer, List<ResultRow>>> b = index(candidate);
        List<Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        TreeSet<String> arms = new TreeSet<>(a.keySet());
        arms.addAll(b.keySet());
        for (String arm : arms) {
            TreeSet<Integer> rounds = new TreeSet<>(a.getOrDefault(arm, Map.of()).keySet());
            rounds.addAll(b.getOrDefault(arm, Map.of()).keySet());
            for (int round : rounds) {
                List<ResultRow> left = a.getOrDefault(arm, Map.of()).get(round);
                List<ResultRow> right = b.getOrDefault(arm, Map.of()).get(round);
                if (left == null || right == null) {
                    missing.add(arm + " AL round " + round + " (not in the " + (left == null ? "baseline" : "candidate")
                            + " run)");
                    continue;
                }
                rows.add(new Row(arm, round, left.get(0).labelledFraction(), side(left), side(right)));
            }
        }
        return new ParityTable(margin, List.copyOf(rows), List.copyOf(missing));
    }

    /** Whether every row lies within its bound and no arm or round is missing. */
    public boolean holds() {
        return missing.isEmpty() && rows.stream().allMatch(r -> r.within(margin));
    }

    /** The table as Markdown, with the criterion. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Accuracy in points, mean ± s.d. over each run's seeds (unpaired); the"
                + " criterion: |candidate - baseline| <= max(%.2f, the larger s.d.).%n%n", margin))
                .append("| arm | AL round | labelled | baseline | candidate | difference | bound | verdict |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %s | %s | %+.2f | %.2f | %s |%n", r.arm(),
                    r.round(), 100 * r.labelledFraction(), r.baseline().markdown(), r.candidate().markdown(),
                    r.difference(), r.bound(margin), r.within(margin) ? "within" : "**outside**"));
        }
        for (String m : missing) {
            md.append("\nmissing: ").append(m);
        }
        md.append(missing.isEmpty() ? "" : "\n").append("\n").append(holds() ? "Parity holds at every AL round."
                : "Parity does not hold" + (missing.isEmpty() ? "" : " (or cannot be judged yet)") + ".").append('\n');
        return md.toString();
    }

    private static Side side(List<ResultRow> cells) {
        return Side.of(cells.stream().map(r -> 100 * r.accuracy()).toList());
    }

    /** Finished rows by arm (strategy/mode, with the partition where a run holds several) and round. */
    private static Map<String, Map<Integer, List<ResultRow>>> index(List<ResultRow> rows) {
        boolean severalPartitions = rows.stream().map(ResultRow::partition).distinct().count() > 1;
        Map<String, Map<Integer, List<ResultRow>>> byArm = new TreeMap<>();
        for (ResultRow r : rows) {
            if (r.failure() != null && !r.failure().isEmpty()) {
                continue;
            }
            String arm = r.strategy() + "/" + r.mode() + (severalPartitions ? "/" + r.partition() : "");
            byArm.computeIfAbsent(arm, k -> new TreeMap<>()).computeIfAbsent(r.round(), k -> new ArrayList<>()).add(r);
        }
        return byArm;
    }
}
