package io.falbench.cli;

import io.falbench.reports.compare.CurveMetric;
import io.falbench.reports.compare.RunComparison;
import io.falbench.reports.results.ResultRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code falbench compare BASELINE NEW}: the difference of two runs per arm (data set x partition x strategy x mode),
 * seeds paired by seed number, with the paired t interval and tests of io.falbench.reports.stats; exits 1 when an
 * arm's mean dropped by more than {@code --max-drop} points or an arm or seed is unpaired (unless
 * {@code --allow-missing}), 2 on bad input, so a CI job can gate on it.
 */
@Command(name = "compare", description = "Compare two runs arm by arm (strategy x mode x partition), seeds paired;"
        + " exit 1 when an arm's mean drops more than --max-drop points below the baseline, or an arm or seed of"
        + " either run is missing or failed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no arm dropped more than --max-drop points, and every arm and seed paired (or"
                + " --allow-missing)", "1:an arm dropped more than --max-drop points, or an arm or seed is missing"
                + " from a run or failed there", "2:bad input: a path that is not a run directory or results.csv, an"
                + " unreadable results.csv, runs with no arm in common, an unknown option value"})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "the baseline run directory (or its results.csv)")
    Path baseline;

    @Parameters(index = "1", paramLabel = "NEW", description = "the new run directory (or its results.csv)")
    Path candidate;

    @Option(names = "--metric", defaultValue = "aulc", description = "aulc (mean height of the learning curve),"
            + " final (accuracy after the last AL round), balanced-final (balanced accuracy there) or accuracy@P%"
            + " (accuracy at P% labelled, e.g. accuracy@25%); default:"
            + " ${DEFAULT-VALUE}")
    String metric;

    @Option(names = "--max-drop", defaultValue = "1.0", description = "largest tolerated drop of an arm's mean, in"
            + " accuracy points; default: ${DEFAULT-VALUE}")
    double maxDrop;

    @Option(names = "--allow-missing", description = "report arms and seeds that one run lacks (or whose cell"
            + " failed) without failing; default: they fail the gate")
    boolean allowMissing;

    @Option(names = "--out", description = "also write the table to this Markdown file")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(maxDrop >= 0)) {
            throw new IllegalArgumentException("--max-drop must be >= 0 points, got " + maxDrop);
        }
        CurveMetric curveMetric = accuracyMetric(metric);
        Path baselineCsv = RunInput.resultsCsv(baseline, "BASELINE");
        Path candidateCsv = RunInput.resultsCsv(candidate, "NEW");
        List<ResultRow> baselineRows = RunInput.read(baselineCsv, "BASELINE");
        List<ResultRow> candidateRows = RunInput.read(candidateCsv, "NEW");
        requireCommonArm(baselineCsv, baselineRows, candidateCsv, candidateRows);
        RunComparison comparison = RunComparison.of(baselineRows, candidateRows, curveMetric);
        String protocols = protocol(baselineRows).equals(protocol(candidateRows)) ? ""
                : "note: the runs are of different protocols (" + protocol(baselineRows) + " -> "
                + protocol(candidateRows) + "); only their arms in common are compared\n\n";
        String table = "compare (" + curveMetric.label() + ", accuracy points): " + baseline + " -> " + candidate
                + "\n\n" + protocols + comparison.markdown(maxDrop, allowMissing);
        MarkdownOutput.print(table, out);
        int regressions = comparison.regressions(maxDrop).size();
        int unpaired = comparison.unpaired().size();
        boolean fails = comparison.fails(maxDrop, allowMissing);
        if (fails) {
            List<String> why = new ArrayList<>();
            if (regressions > 0) {
                why.add(regressions + " arm(s) dropped by more than " + maxDrop + " points");
            }
            if (!allowMissing && unpaired > 0) {
                why.add(unpaired + " arm(s) or seed(s) missing or failed (listed above; --allow-missing reports them"
                        + " without failing)");
            }
            System.out.println("compare: FAIL (exit 1): " + String.join("; ", why));
        } else {
            System.out.println("compare: ok (" + comparison.arms().size() + " arms within " + maxDrop + " points"
                    + (unpaired == 0 ? "" : "; " + unpaired + " unpaired, allowed") + ")");
        }
        return fails ? 1 : 0;
    }

    /** The metric named, one that measures accuracy (corrupted-share is a diagnostic, not a gate). */
    static CurveMetric accuracyMetric(String name) {
        List<String> accuracies = new ArrayList<>(CurveMetric.named().stream().filter(CurveMetric::isAccuracy)
                .map(CurveMetric::label).toList());
        accuracies.add("accuracy@P% (e.g. accuracy@25%)");
        String use = "use " + String.join(", ", accuracies.subList(0, accuracies.size() - 1)) + " or "
                + accuracies.get(accuracies.size() - 1);
        CurveMetric parsed;
        try {
            parsed = CurveMetric.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --metric '" + name + "'; " + use);
        }
        if (!parsed.isAccuracy()) {
            throw new IllegalArgumentException("--metric " + parsed.label() + " is a diagnostic, not an accuracy to"
                    + " gate on; " + use);
        }
        return parsed;
    }

    /** Two runs without an arm in common are not two runs of one protocol: bad input, not a regression. */
    private static void requireCommonArm(Path baselineCsv, List<ResultRow> baselineRows, Path candidateCsv,
                                         List<ResultRow> candidateRows) {
        Set<String> baseArms = RunComparison.armNames(baselineRows);
        Set<String> newArms = RunComparison.armNames(candidateRows);
        if (Collections.disjoint(baseArms, newArms)) {
            throw new IllegalArgumentException("BASELINE " + baselineCsv + " (protocol " + protocol(baselineRows)
                    + ") and NEW " + candidateCsv + " (protocol " + protocol(candidateRows) + ") have no arm (data set"
                    + " / partition / strategy / mode) in common: the baseline has " + some(baseArms) + ", the new"
                    + " run " + some(newArms) + "; compare two runs of the same protocol");
        }
    }

    private static String protocol(List<ResultRow> rows) {
        return rows.stream().map(ResultRow::protocol).distinct().collect(Collectors.joining(", "));
    }

    private static String some(Set<String> arms) {
        return arms.stream().limit(3).collect(Collectors.joining(", "))
                + (arms.size() > 3 ? " and " + (arms.size() - 3) + " more" : "");
    }
}
