package io.falbench.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much cell time a run has spent and still needs, from its finished cells: each AL round's training, query and
 * evaluation seconds as the cells record them (complete across resumes). A round still to run is estimated at the
 * median of that round over the finished cells of the same arm (strategy x mode x partition) where the arm has at
 * least {@value #OWN_ARM} of them, else over all finished cells; medians, because a round's recorded seconds include
 * any time the process was paused (a long run stopped for timings) or shared the cores. An estimate of cell time at
 * the finished cells' pace, not a promise.
 *
 * @param spentSeconds  the finished cells' and the started cells' finished rounds' seconds
 * @param leftSeconds   the estimate of the rounds still to run (NaN where no cell has finished)
 * @param cellsLeft     the cells with rounds still to run
 * @param withoutOwnArm of those, the cells estimated over all finished cells (their arm has too few)
 */
public record RunEstimate(double spentSeconds, double leftSeconds, int cellsLeft, int withoutOwnArm) {

    /** The finished cells an arm needs before its own median is used. */
    static final int OWN_ARM = 3;

    public static RunEstimate of(RunPlan plan) {
        int rounds = plan.protocol().activeLearning().rounds() + 1;
        Map<String, List<double[]>> byArm = new HashMap<>();
        List<double[]> all = new ArrayList<>();
        double spent = 0;
        for (RunPlan.Entry e : plan.entries()) {
            List<RoundResult> done = e.finished() != null ? e.finished().rounds()
                    : e.started() != null ? e.started().rounds() : List.of();
            double[] seconds = new double[rounds];
            java.util.Arrays.fill(seconds, Double.NaN);
            for (RoundResult r : done) {
                if (r.round() < rounds && r.timings() != null) {
                    seconds[r.round()] = r.timings().trainSeconds() + r.timings().querySeconds()
                            + r.timings().evalSeconds();
                    spent += seconds[r.round()];
                }
            }
            if (e.finished() != null && !e.finished().failed()) {
                byArm.computeIfAbsent(arm(e), k -> new ArrayList<>()).add(seconds);
                all.add(seconds);
            }
        }
        double left = 0;
        int cellsLeft = 0;
        int withoutOwnArm = 0;
        for (RunPlan.Entry e : plan.entries()) {
            if (!e.pending()) {
                continue;
            }
            cellsLeft++;
            List<double[]> own = byArm.get(arm(e));
            if (own != null && own.size() < OWN_ARM) {
                own = null;
            }
            if (own == null) {
                withoutOwnArm++;
            }
            int next = e.started() == null ? 0 : e.started().nextRound();
            for (int r = next; r < rounds; r++) {
                left += median(own != null ? own : all, r);
            }
        }
        return new RunEstimate(spent, left, cellsLeft, withoutOwnArm);
    }

    private static String arm(RunPlan.Entry e) {
        return e.cell().strategy() + "/" + e.cell().mode() + "@" + e.cell().partition();
    }

    /** The median of round {@code r}'s seconds over {@code cells} (NaN where none has it). */
    static double median(List<double[]> cells, int r) {
        double[] values = cells.stream().mapToDouble(s -> s[r]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** A line or two for the plan. */
    String describe() {
        String text = String.format(Locale.ROOT, "  cell time spent: %.1f h (AL rounds' training, query and evaluation"
                + " seconds)%n", spentSeconds / 3600);
        if (cellsLeft == 0) {
            return text + "  left: nothing\n";
        }
        if (Double.isNaN(leftSeconds)) {
            return text + "  left: " + cellsLeft + " cell(s); no estimate until a cell has finished\n";
        }
        return text + String.format(Locale.ROOT, "  left: about %.1f h of cell time for %d cell(s), at the median of"
                + " each AL round over the finished cells of the same arm (%d cell(s)) or, where it has fewer than %d,"
                + " over all finished cells (%d cell(s): low for a mode that costs more); recorded seconds include"
                + " pauses and shared cores%n", leftSeconds / 3600, cellsLeft, cellsLeft - withoutOwnArm, OWN_ARM,
                withoutOwnArm);
    }
}
