package io.falbench.reports.claims;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-made results for the claims tests. */
final class Rows {

    private Rows() {
    }

    /** A two-round curve per seed of strategy/mode on a partition: 0.5 at round 0, then the given final accuracy. */
    static List<ResultRow> curve(String strategy, String mode, String partition, double... finals) {
        List<ResultRow> rows = new ArrayList<>();
        for (int seed = 0; seed < finals.length; seed++) {
            rows.add(new ResultRow("p", "d", partition, strategy, mode, seed, 0, 10, 0.1, 0.5, 0.5, 0.5, ""));
            rows.add(new ResultRow("p", "d", partition, strategy, mode, seed, 1, 20, 0.2, finals[seed], finals[seed],
                    finals[seed], ""));
        }
        return rows;
    }

    /** Final accuracies {@code base + points / 100} per seed: an arm {@code points} above one at {@code base}. */
    static double[] above(double base, double... points) {
        return Arrays.stream(points).map(p -> base + p / 100).toArray();
    }

    /** {@code n} seeds all at {@code value}. */
    static double[] flat(double value, int n) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    /** The claims of a claims file given as lines (file name {@code t.claims}), judged on {@code rows}. */
    static List<Judge.Judgement> judge(List<ResultRow> rows, String... lines) {
        return Judge.judge(ClaimsFile.parse("t.claims", List.of(lines)), rows);
    }

    @SafeVarargs
    static List<ResultRow> all(List<ResultRow>... parts) {
        List<ResultRow> rows = new ArrayList<>();
        for (List<ResultRow> part : parts) {
            rows.addAll(part);
        }
        return rows;
    }
}
