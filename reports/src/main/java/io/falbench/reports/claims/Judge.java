package io.falbench.reports.claims;

import io.falbench.reports.compare.PairedDifference;
import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Judges claims on a run's finished cells. Each compared pair of arms gives the paired difference (higher-expected arm
 * minus the other) of the claim's metric over the cells a wildcard pairs (same seed, and same values where the arms
 * have {@code *}), with the paired t-test below {@value #WILCOXON_FROM} pairs and the exact Wilcoxon signed-rank
 * test from there (Apache Commons Math, two-sided, level {@value #LEVEL}).
 * <ul>
 * <li>"above": reproduced when the difference is positive and significant; not reproduced when it is negative and
 * significant, or when its whole 95% bootstrap interval lies within the margin of zero; otherwise inconclusive.</li>
 * <li>"similar": reproduced when the whole interval lies within the margin; not reproduced when the difference is
 * significant and larger than the margin; otherwise inconclusive.</li>
 * </ul>
 */
public final class Judge {

    static final int WILCOXON_FROM = 10;
    static final double LEVEL = 0.05;

    /** One compared pair of arms. */
    public record Comparison(Arm higher, Arm lower, PairedDifference difference, String test, double p,
                             Verdict verdict) {
    }

    /** A claim's verdict and the comparisons behind it ({@code note} says what was missing, if anything). */
    public record Judgement(Claim claim, Verdict verdict, List<Comparison> comparisons, String note) {
    }

    private Judge() {
    }

    public static List<Judgement> judge(List<Claim> claims, List<ResultRow> rows) {
        Map<String, List<ResultRow>> curves = finishedCurves(rows);
        return claims.stream().map(c -> judge(c, curves)).toList();
    }

    private static Judgement judge(Claim claim, Map<String, List<ResultRow>> curves) {
        if (claim.kind() == Claim.Kind.UNTESTED) {
            return new Judgement(claim, Verdict.UNTESTED, List.of(), claim.reason());
        }
        List<Comparison> comparisons = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Arm[] pair : claim.pairs()) {
            double[][] values = paired(pair[0], pair[1], claim, curves);
            if (values[0].length == 0) {
                missing.add(pair[0] + " vs " + pair[1]);
                comparisons.add(new Comparison(pair[0], pair[1], null, "", Double.NaN, Verdict.NOT_RUN));
                continue;
            }
            PairedDifference d = PairedDifference.of(values[1], values[0]);
            boolean wilcoxon = d.pairs() >= WILCOXON_FROM;
            double p = wilcoxon ? d.wilcoxonP() : d.pairedTP();
            double margin = claim.marginPoints() / 100;
            boolean significant = p < LEVEL;
            boolean withinMargin = d.ciLow() >= -margin && d.ciHigh() <= margin;
            Verdict v;
            if (claim.kind() == Claim.Kind.SIMILAR) {
                v = withinMargin ? Verdict.REPRODUCED
                        : significant && Math.abs(d.meanDifference()) > margin ? Verdict.NOT_REPRODUCED
                        : Verdict.INCONCLUSIVE;
            } else {
                v = significant && d.meanDifference() > 0 ? Verdict.REPRODUCED
                        : significant && d.meanDifference() < 0 || withinMargin ? Verdict.NOT_REPRODUCED
                        : Verdict.INCONCLUSIVE;
            }
            comparisons.add(new Comparison(pair[0], pair[1], d, wilcoxon ? "Wilcoxon" : "paired t", p, v));
        }
        String note = missing.isEmpty() ? "" : "no cells paired for " + String.join(", ", missing);
        return new Judgement(claim, Verdict.of(comparisons.stream().map(Comparison::verdict).toList()),
                List.copyOf(comparisons), note);
    }

    /** The metric of the paired cells: [0] the first arm's, [1] the second's, in pairing-key order. */
    private static double[][] paired(Arm a, Arm b, Claim claim, Map<String, List<ResultRow>> curves) {
        Map<String, List<ResultRow>> left = new TreeMap<>();
        Map<String, List<ResultRow>> right = new TreeMap<>();
        for (List<ResultRow> curve : curves.values()) {
            ResultRow row = curve.get(0);
            if (a.matches(row)) {
                left.put(a.pairingKey(row), curve);
            }
            if (b.matches(row)) {
                right.put(b.pairingKey(row), curve);
            }
        }
        left.keySet().retainAll(right.keySet());
        double[] x = left.values().stream().mapToDouble(claim.metric()::of).toArray();
        double[] y = left.keySet().stream().map(right::get).mapToDouble(claim.metric()::of).toArray();
        return new double[][] {x, y};
    }

    /** Each finished cell's rows in round order, by cell. */
    private static Map<String, List<ResultRow>> finishedCurves(List<ResultRow> rows) {
        Map<String, List<ResultRow>> byCell = rows.stream().collect(Collectors.groupingBy(
                r -> String.join("\u0000", r.partition(), r.strategy(), r.mode(), Integer.toString(r.seed())),
                TreeMap::new, Collectors.toList()));
        byCell.values().removeIf(cell -> cell.stream().anyMatch(r -> r.failure() != null && !r.failure().isBlank()));
        byCell.values().forEach(cell -> cell.sort(Comparator.comparingInt(ResultRow::round)));
        return byCell;
    }
}
