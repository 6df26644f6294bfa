package io.falbench.reports.claims;

import io.falbench.reports.compare.CurveMetric;
import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cells of two arms paired by configuration (the values of their wildcards) and seed, the claim's metric in
 * points. Cells identical by construction count once: a configuration whose two cells are the same curve on every
 * seed compares a cell with itself and is left out; a configuration whose pair of curves equals an earlier
 * configuration's on every seed is the same comparison again and is counted once. Curves are compared bit for bit.
 *
 * @param byConfiguration per kept configuration, in order, the metric of the higher-expected arm ([0]) and of the
 *                        other ([1]) by seed
 * @param notes what was left out or counted once, and why
 * @param beyondRun whether the metric lies beyond every curve of the run (none reaches its labelled share)
 */
record Pairing(Map<String, TreeMap<Integer, double[]>> byConfiguration, List<String> notes, boolean beyondRun) {

    static Pairing of(Arm higher, Arm lower, CurveMetric metric, Collection<List<ResultRow>> allCurves) {
        List<List<ResultRow>> curves = allCurves.stream().filter(metric::definedOn).toList();
        int stopShort = allCurves.size() - curves.size();
        Map<String, TreeMap<Integer, List<ResultRow>>> left = side(higher, curves);
        Map<String, TreeMap<Integer, List<ResultRow>>> right = side(lower, curves);
        Map<String, TreeMap<Integer, List<List<ResultRow>>>> kept = new LinkedHashMap<>();
        Map<String, List<String>> sameAs = new LinkedHashMap<>();
        List<String> itself = new ArrayList<>();
        left.forEach((configuration, a) -> {
            TreeMap<Integer, List<List<ResultRow>>> pairs = new TreeMap<>();
            a.forEach((seed, curve) -> {
                List<ResultRow> partner = right.getOrDefault(configuration, new TreeMap<>()).get(seed);
                if (partner != null) {
                    pairs.put(seed, List.of(curve, partner));
                }
            });
            if (pairs.isEmpty()) {
                return;
            }
            if (pairs.values().stream().allMatch(p -> sameCurve(p.get(0), p.get(1)))) {
                itself.add(configuration);
                return;
            }
            String twin = kept.entrySet().stream().filter(k -> samePairs(k.getValue(), pairs)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (twin != null) {
                sameAs.computeIfAbsent(twin, k -> new ArrayList<>()).add(configuration);
            } else {
                kept.put(configuration, pairs);
            }
        });
        Map<String, TreeMap<Integer, double[]>> values = new LinkedHashMap<>();
        kept.forEach((configuration, pairs) -> {
            TreeMap<Integer, double[]> bySeed = new TreeMap<>();
            pairs.forEach((seed, p) -> bySeed.put(seed, new double[] {100 * metric.of(p.get(0)),
                    100 * metric.of(p.get(1))}));
            values.put(configuration, bySeed);
        });
        List<String> notes = new ArrayList<>();
        if (!allCurves.isEmpty() && curves.isEmpty()) {
            return new Pairing(values, List.of(), true);
        }
        if (stopShort > 0) {
            notes.add("left out " + stopShort + " of the run's " + allCurves.size() + " curves: they have no "
                    + metric.label() + " (they stop short of it)");
        }
        if (!itself.isEmpty()) {
            notes.add("left out " + String.join(", ", itself.stream().map(Pairing::label).toList()) + ": there both"
                    + " arms' cells are the same curve on every seed (identical by construction)");
        }
        sameAs.forEach((first, others) -> notes.add("counted once " + first + " = " + String.join(" = ", others)
                + ": the same pair of curves on every seed (identical by construction)"));
        return new Pairing(values, List.copyOf(notes), false);
    }

    /** A configuration as the report names it. */
    static String label(String configuration) {
        return configuration.isEmpty() ? "the one configuration" : configuration;
    }

    private static boolean samePairs(TreeMap<Integer, List<List<ResultRow>>> x,
                                     TreeMap<Integer, List<List<ResultRow>>> y) {
        return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(seed ->
                sameCurve(x.get(seed).get(0), y.get(seed).get(0)) && sameCurve(x.get(seed).get(1), y.get(seed).get(1)));
    }

    /** An arm's finished curves by configuration and seed. */
    private static Map<String, TreeMap<Integer, List<ResultRow>>> side(Arm arm, Collection<List<ResultRow>> curves) {
        Map<String, TreeMap<Integer, List<ResultRow>>> byConfiguration = new TreeMap<>();
        for (List<ResultRow> curve : curves) {
            ResultRow row = curve.get(0);
            if (arm.matches(row)) {
                byConfiguration.computeIfAbsent(arm.configuration(row), c -> new TreeMap<>()).put(row.seed(), curve);
            }
        }
        return byConfiguration;
    }

    /**
     * The run's groups of configurations (strategy / mode / partition) whose curves are the same, bit for bit, on
     * every seed, each group in the run's order; only groups of two or more.
     */
    static List<List<String>> identicalCells(Collection<List<ResultRow>> curves) {
        Map<String, TreeMap<Integer, List<ResultRow>>> byConfiguration = new LinkedHashMap<>();
        for (List<ResultRow> curve : curves) {
            ResultRow row = curve.get(0);
            byConfiguration.computeIfAbsent(ResultRow.series(row.strategy(), row.mode(), row.partition(), true),
                    c -> new TreeMap<>()).put(row.seed(), curve);
        }
        List<List<String>> groups = new ArrayList<>();
        List<TreeMap<Integer, List<ResultRow>>> firsts = new ArrayList<>();
        byConfiguration.forEach((configuration, bySeed) -> {
            for (int g = 0; g < groups.size(); g++) {
                TreeMap<Integer, List<ResultRow>> first = firsts.get(g);
                if (first.keySet().equals(bySeed.keySet())
                        && bySeed.keySet().stream().allMatch(seed -> sameCurve(first.get(seed), bySeed.get(seed)))) {
                    groups.get(g).add(configuration);
                    return;
                }
            }
            groups.add(new ArrayList<>(List.of(configuration)));
            firsts.add(bySeed);
        });
        return groups.stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
    }

    /** Two curves with the same rounds, labels and metrics, bit for bit. */
    static boolean sameCurve(List<ResultRow> x, List<ResultRow> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            ResultRow a = x.get(i);
            ResultRow b = y.get(i);
            if (a.round() != b.round() || a.labelled() != b.labelled()
                    || Double.compare(a.labelledFraction(), b.labelledFraction()) != 0
                    || Double.compare(a.accuracy(), b.accuracy()) != 0
                    || Double.compare(a.balancedAccuracy(), b.balancedAccuracy()) != 0
                    || Double.compare(a.macroF1(), b.macroF1()) != 0
                    || Double.compare(a.corruptedQueryShare(), b.corruptedQueryShare()) != 0) {
                return false;
            }
        }
        return true;
    }
}
