package io.falbench.cli;

import io.falbench.files.AtomicFiles;
import io.falbench.reports.compare.CurveMetric;
import io.falbench.reports.compare.RunComparison;
import io.falbench.reports.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code falbench compare BASELINE NEW}: the difference of two runs per strategy x mode with confidence intervals and
 * paired tests over seeds; exits 1 when an arm dropped by more than {@code --max-drop} points (or went missing), so a
 * CI job can gate on it.
 */
@Command(name = "compare", description = "Compare two runs per strategy x mode (paired over seeds); exit 1 when one"
        + " drops more than --max-drop points below the baseline or is missing.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "the baseline run directory (or its results.csv)")
    Path baseline;

    @Parameters(index = "1", paramLabel = "NEW", description = "the new run directory (or its results.csv)")
    Path candidate;

    @Option(names = "--metric", defaultValue = "aulc", description = "aulc (mean height of the learning curve),"
            + " final (accuracy after the last AL round) or balanced-final (balanced accuracy there); default:"
            + " ${DEFAULT-VALUE}")
    String metric;

    @Option(names = "--max-drop", defaultValue = "1.0", description = "largest tolerated drop of an arm's mean, in"
            + " accuracy points; default: ${DEFAULT-VALUE}")
    double maxDrop;

    @Option(names = "--out", description = "also write the table to this Markdown file")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(maxDrop >= 0)) {
            throw new IllegalArgumentException("--max-drop must be >= 0 points, got " + maxDrop);
        }
        CurveMetric curveMetric = CurveMetric.parse(metric);
        if (curveMetric == CurveMetric.CORRUPTED_SHARE) {
            throw new IllegalArgumentException("--metric corrupted-share is a diagnostic, not an accuracy to gate on;"
                    + " use aulc, final or balanced-final");
        }
        RunComparison comparison = RunComparison.of(ResultsReader.read(csv(baseline)),
                ResultsReader.read(csv(candidate)), curveMetric);
        String table = "compare (" + metric + ", accuracy points): " + baseline + " -> " + candidate + "\n\n"
                + comparison.markdown(maxDrop);
        System.out.print(table);
        if (out != null) {
            AtomicFiles.writeString(out, "", table);
        }
        boolean fails = comparison.fails(maxDrop);
        System.out.println(fails ? "compare: FAIL (an arm dropped by more than " + maxDrop + " points or is missing)"
                : "compare: ok");
        return fails ? 1 : 0;
    }

    private static Path csv(Path runOrCsv) {
        return Files.isDirectory(runOrCsv) ? runOrCsv.resolve("results.csv") : runOrCsv;
    }
}
