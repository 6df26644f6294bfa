package io.falbench.reports.claims;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.stats.Holm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges the claims of one claims file on a run's finished cells, the seed as the unit (docs/statistics.md). Each
 * compared pair of arms is paired by configuration and seed ({@link Pairing}); a claim judged per seed gives one
 * comparison per pair of arms, its difference on a seed the mean over the configurations within that seed, and one
 * judged per configuration one comparison per configuration. Every comparison of the file with at least two seeds is
 * one family: Holm (1979) adjusts their p_for together and their p_against together, and {@link Evidence#verdict}
 * gives each its outcome. A claim is reproduced when all its comparisons are, not reproduced when any is not, not
 * run when any lacks cells, else inconclusive.
 */
public final class Judge {

    /** One compared pair of arms (on one configuration, or on the seed means over several). */
    public record Comparison(Arm higher, Arm lower, String configuration, int configurations, List<Integer> seeds,
                             double higherMean, double lowerMean, Evidence evidence, double adjustedPFor,
                             double adjustedPAgainst, Verdict verdict, String seedsNeeded) {

        /** The mean difference in points (NaN without seeds). */
        public double difference() {
            return higherMean - lowerMean;
        }
    }

    /**
     * A claim's verdict and the comparisons behind it; {@code notes} say what was left out, counted once or missing.
     *
     * @param byConfiguration per compared pair of arms ("A vs B") judged per seed over several configurations, each
     *                        configuration's means over its seeds (descriptive: not judged)
     */
    public record Judgement(Claim claim, Verdict verdict, List<Comparison> comparisons, List<String> notes,
                            Map<String, Map<String, ConfigurationMeans>> byConfiguration) {
    }

    /** One configuration's means over its seeds, in points. */
    public record ConfigurationMeans(double higher, double lower, int seeds) {
    }

    private Judge() {
    }

    public static List<Judgement> judge(List<Claim> claims, List<ResultRow> rows) {
        return judge(claims, rows, 0);
    }

    /**
     * As {@link #judge(List, List)}, for a run planned at {@code plannedSeeds} seeds (0: no plan; the caller keeps
     * only the planned seeds' rows): seeds to decide beyond the plan say so.
     */
    public static List<Judgement> judge(List<Claim> claims, List<ResultRow> rows, int plannedSeeds) {
        Map<String, List<ResultRow>> curves = finishedCurves(rows);
        List<Draft> drafts = new ArrayList<>();
        for (Claim claim : claims) {
            drafts.add(Draft.of(claim, curves.values()));
        }
        List<Draft.Sample> family = drafts.stream().flatMap(d -> d.samples().stream())
                .filter(s -> s.evidence() != null).toList();
        Map<Draft.Sample, Integer> index = new IdentityHashMap<>();
        family.forEach(s -> index.put(s, index.size()));
        double[] pFor = Holm.adjust(family.stream().mapToDouble(s -> s.evidence().pFor()).toArray());
        double[] pAgainst = Holm.adjust(family.stream().mapToDouble(s -> s.evidence().pAgainst()).toArray());
        List<Judgement> judgements = new ArrayList<>();
        for (Draft draft : drafts) {
            List<Comparison> comparisons = new ArrayList<>();
            for (Draft.Sample s : draft.samples()) {
                int i = index.getOrDefault(s, -1);
                Verdict verdict = s.beyondRun() ? Verdict.NOT_REACHED : s.seeds().isEmpty() ? Verdict.NOT_RUN
                        : i < 0 ? Verdict.INCONCLUSIVE : Evidence.verdict(pFor[i], pAgainst[i]);
                String needed = verdict != Verdict.INCONCLUSIVE ? ""
                        : i < 0 ? "at least 2 seeds for a paired t test"
                        : s.evidence().seedsNeeded(draft.claim().kind(), draft.claim().threshold().points(),
                                family.size(), plannedSeeds);
                comparisons.add(new Comparison(s.higher(), s.lower(), s.configuration(), s.configurations(),
                        s.seeds(), s.higherMean(), s.lowerMean(), s.evidence(), i < 0 ? Double.NaN : pFor[i],
                        i < 0 ? Double.NaN : pAgainst[i], verdict, needed));
            }
            Verdict verdict = draft.claim().kind() == Claim.Kind.UNTESTED ? Verdict.UNTESTED
                    : Verdict.of(comparisons.stream().map(Comparison::verdict).toList());
            judgements.add(new Judgement(draft.claim(), verdict, List.copyOf(comparisons), draft.notes(),
                    draft.byConfiguration()));
        }
        return List.copyOf(judgements);
    }

    /** A claim's comparisons before the family's adjustment. */
    private record Draft(Claim claim, List<Sample> samples, List<String> notes,
                         Map<String, Map<String, ConfigurationMeans>> byConfiguration) {

        /** One comparison's seeds and values; {@code evidence} null below two seeds. */
        record Sample(Arm higher, Arm lower, String configuration, int configurations, List<Integer> seeds,
                      double higherMean, double lowerMean, Evidence evidence, boolean beyondRun) {

            Sample(Arm higher, Arm lower, String configuration, int configurations, List<Integer> seeds,
                   double higherMean, double lowerMean, Evidence evidence) {
                this(higher, lower, configuration, configurations, seeds, higherMean, lowerMean, evidence, false);
            }
        }

        static Draft of(Claim claim, Collection<List<ResultRow>> curves) {
            List<Sample> samples = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Map<String, Map<String, ConfigurationMeans>> byConfiguration = new LinkedHashMap<>();
            for (Arm[] pair : claim.pairs()) {
                String vs = pair[0] + " vs " + pair[1];
                Pairing pairing = Pairing.of(pair[0], pair[1], claim.metric(), curves);
                pairing.notes().forEach(n -> notes.add(vs + ": " + n));
                Map<String, TreeMap<Integer, double[]>> configurations = pairing.byConfiguration();
                if (pairing.beyondRun()) {
                    String note = "every curve of the run stops short of " + claim.metric().label()
                            + ": the run does not reach the point this claim reads";
                    if (!notes.contains(note)) {
                        notes.add(note);
                    }
                    samples.add(new Sample(pair[0], pair[1], "", 0, List.of(), Double.NaN, Double.NaN, null, true));
                } else if (configurations.isEmpty()) {
                    notes.add(vs + ": no cells paired");
                    samples.add(new Sample(pair[0], pair[1], "", 0, List.of(), Double.NaN, Double.NaN, null));
                } else if (claim.judging() == Claim.Judging.PER_CONFIGURATION) {
                    configurations.forEach((c, bySeed) -> samples.add(sample(claim, pair, c, 1, bySeed)));
                } else {
                    samples.add(sample(claim, pair, configurations.size() == 1
                            ? configurations.keySet().iterator().next() : "", configurations.size(),
                            seedMeans(configurations, vs, notes)));
                    if (configurations.size() > 1) {
                        Map<String, ConfigurationMeans> rows = new LinkedHashMap<>();
                        configurations.forEach((c, bySeed) -> rows.put(c, new ConfigurationMeans(
                                bySeed.values().stream().mapToDouble(v -> v[0]).average().orElseThrow(),
                                bySeed.values().stream().mapToDouble(v -> v[1]).average().orElseThrow(),
                                bySeed.size())));
                        byConfiguration.put(vs, rows);
                    }
                }
            }
            return new Draft(claim, List.copyOf(samples), List.copyOf(notes), byConfiguration);
        }

        private static Sample sample(Claim claim, Arm[] pair, String configuration, int configurations,
                                     TreeMap<Integer, double[]> bySeed) {
            double[] d = bySeed.values().stream().mapToDouble(v -> v[0] - v[1]).toArray();
            double higher = bySeed.values().stream().mapToDouble(v -> v[0]).average().orElse(Double.NaN);
            double lower = bySeed.values().stream().mapToDouble(v -> v[1]).average().orElse(Double.NaN);
            Evidence evidence = d.length < 2 ? null
                    : Evidence.of(claim.kind(), claim.threshold().points(), d);
            return new Sample(pair[0], pair[1], configuration, configurations, List.copyOf(bySeed.keySet()), higher,
                    lower, evidence);
        }

        /** Per seed that every configuration has, the mean over the configurations of each arm's metric. */
        private static TreeMap<Integer, double[]> seedMeans(Map<String, TreeMap<Integer, double[]>> configurations,
                                                             String vs, List<String> notes) {
            Set<Integer> all = new TreeSet<>();
            configurations.values().forEach(m -> all.addAll(m.keySet()));
            TreeMap<Integer, double[]> means = new TreeMap<>();
            List<Integer> dropped = new ArrayList<>();
            for (int seed : all) {
                if (configurations.values().stream().anyMatch(m -> !m.containsKey(seed))) {
                    dropped.add(seed);
                    continue;
                }
                double[] sum = new double[2];
                configurations.values().forEach(m -> {
                    sum[0] += m.get(seed)[0];
                    sum[1] += m.get(seed)[1];
                });
                means.put(seed, new double[] {sum[0] / configurations.size(), sum[1] / configurations.size()});
            }
            if (!dropped.isEmpty()) {
                notes.add(vs + ": seed" + (dropped.size() > 1 ? "s " : " ") + dropped + " left out (not finished in"
                        + " every configuration, so its mean would be over fewer)");
            }
            return means;
        }
    }

    /** Each finished cell's rows in round order, by cell. */
    static Map<String, List<ResultRow>> finishedCurves(List<ResultRow> rows) {
        Map<String, List<ResultRow>> byCell = rows.stream().collect(Collectors.groupingBy(
                r -> String.join("\u0000", r.partition(), r.strategy(), r.mode(), Integer.toString(r.seed())),
                TreeMap::new, Collectors.toList()));
        byCell.values().removeIf(cell -> cell.stream().anyMatch(r -> r.failure() != null && !r.failure().isBlank()));
        byCell.values().forEach(cell -> cell.sort(Comparator.comparingInt(ResultRow::round)));
        return byCell;
    }
}
