package io.falbench.reports.compare;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.stats.Interval;
import io.falbench.reports.stats.PairedT;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a reference code's quirks account for (issue 28's quirk table): two runs of one protocol, one with
 * {@code quirks = reference} and one with {@code quirks = none}; for every arm both hold, at every AL round, its gain
 * over a baseline arm (Random) in each run, and the quirks' part, the gain with them minus the gain without, each the
 * mean over seeds with a 95% t interval. Seeds pair within a run (arm and baseline of one seed) and across the runs
 * (the same seed: the same partition and long-tail draw; with {@code torch-reseed} not the same weights). Accuracy
 * in points.
 *
 * @param baseline the arm gains are measured from, {@code strategy/mode}
 * @param rows     per arm and AL round, in arm then round order
 */
public record QuirkTable(String baseline, List<Row> rows) {

    /** One arm at one AL round; {@code seeds} the seeds with all four cells, intervals null below two. */
    public record Row(String arm, int round, double labelledFraction, List<Integer> seeds, Estimate withQuirks,
                      Estimate withoutQuirks, Estimate quirksPart) {
    }

    /** A mean over seeds with its 95% t interval (null below two seeds). */
    public record Estimate(double mean, Interval interval) {

        static Estimate of(double[] values) {
            if (values.length < 2) {
                return new Estimate(values[0], null);
            }
            PairedT t = PairedT.of(values);
            return new Estimate(t.mean(), t.interval(0.95));
        }

        String markdown() {
            return interval == null ? String.format(Locale.ROOT, "%+.2f", mean)
                    : String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", mean, interval.low(), interval.high());
        }
    }

    /** The table of {@code reference} against {@code none}, gains over {@code baseline} ({@code strategy/mode}). */
    public static QuirkTable of(List<ResultRow> reference, List<ResultRow> none, String baseline) {
        Map<String, Map<Integer, Map<Integer, ResultRow>>> ref = index(reference);
        Map<String, Map<Integer, Map<Integer, ResultRow>>> off = index(none);
        if (!ref.containsKey(baseline) || !off.containsKey(baseline)) {
            throw new IllegalArgumentException("the baseline arm " + baseline + " is not in both runs (with quirks: "
                    + ref.keySet() + "; without: " + off.keySet() + "); name one with --baseline STRATEGY/MODE");
        }
        List<Row> rows = new ArrayList<>();
        for (String arm : new TreeSet<>(ref.keySet())) {
            if (arm.equals(baseline) || !off.containsKey(arm)) {
                continue;
            }
            for (int round : new TreeSet<>(ref.get(arm).keySet())) {
                List<Integer> seeds = new ArrayList<>();
                List<double[]> gains = new ArrayList<>();
                double fraction = Double.NaN;
                for (int seed : new TreeSet<>(ref.get(arm).get(round).keySet())) {
                    ResultRow a = ref.get(arm).get(round).get(seed);
                    ResultRow b = cell(ref, baseline, round, seed);
                    ResultRow c = cell(off, arm, round, seed);
                    ResultRow d = cell(off, baseline, round, seed);
                    if (b == null || c == null || d == null) {
                        continue;
                    }
                    seeds.add(seed);
                    fraction = a.labelledFraction();
                    gains.add(new double[] {100 * (a.accuracy() - b.accuracy()), 100 * (c.accuracy() - d.accuracy())});
                }
                if (seeds.isEmpty()) {
                    continue;
                }
                double[] with = gains.stream().mapToDouble(g -> g[0]).toArray();
                double[] without = gains.stream().mapToDouble(g -> g[1]).toArray();
                double[] part = gains.stream().mapToDouble(g -> g[0] - g[1]).toArray();
                rows.add(new Row(arm, round, fraction, List.copyOf(seeds), Estimate.of(with), Estimate.of(without),
                        Estimate.of(part)));
            }
        }
        return new QuirkTable(baseline, List.copyOf(rows));
    }

    /** The table as Markdown, with what each column means. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Gain over ").append(baseline).append(" in accuracy points at each AL round, mean over seeds with")
                .append(" its 95% t interval: with the reference code's quirks, without them, and the quirks' part")
                .append(" (the gain with them minus the gain without, paired by seed).\n\n")
                .append("| arm | AL round | labelled | seeds | gain with quirks | gain without | quirks' part |\n")
                .append("|---|---:|---:|---:|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f%% | %d | %s | %s | %s |%n", r.arm(), r.round(),
                    100 * r.labelledFraction(), r.seeds().size(), r.withQuirks().markdown(),
                    r.withoutQuirks().markdown(), r.quirksPart().markdown()));
        }
        if (rows.isEmpty()) {
            md.append("\nNo arm besides the baseline has finished cells in both runs yet.\n");
        }
        return md.toString();
    }

    private static ResultRow cell(Map<String, Map<Integer, Map<Integer, ResultRow>>> run, String arm, int round,
                                  int seed) {
        return run.getOrDefault(arm, Map.of()).getOrDefault(round, Map.of()).get(seed);
    }

    /** Rows of cells that did not fail, by arm (strategy/mode), round and seed; one partition per run. */
    private static Map<String, Map<Integer, Map<Integer, ResultRow>>> index(List<ResultRow> rows) {
        TreeSet<String> partitions = new TreeSet<>(rows.stream().map(ResultRow::partition).toList());
        if (partitions.size() > 1) {
            throw new IllegalArgumentException("the quirk table compares runs of one partition; this run has "
                    + partitions + " (run each partition into its own directory)");
        }
        Map<String, Map<Integer, Map<Integer, ResultRow>>> byArm = new TreeMap<>();
        for (ResultRow r : rows) {
            if (r.failure() != null && !r.failure().isEmpty()) {
                continue;
            }
            byArm.computeIfAbsent(r.strategy() + "/" + r.mode(), k -> new TreeMap<>())
                    .computeIfAbsent(r.round(), k -> new TreeMap<>()).put(r.seed(), r);
        }
        return byArm;
    }
}
