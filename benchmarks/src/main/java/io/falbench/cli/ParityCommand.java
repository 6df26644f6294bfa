package io.falbench.cli;

import io.falbench.reports.compare.ParityTable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code falbench parity BASELINE CANDIDATE}: docs/parity.md's criterion between two runs of the same arms, per arm
 * and AL round ({@link ParityTable}); exit 0 when it holds everywhere, 1 when a round lies outside its bound or one run
 * lacks an arm or round, 2 on bad input.
 */
@Command(name = "parity", description = "Whether two runs of the same arms agree at every AL round: the means over"
        + " seeds within max(--margin, the larger s.d.), docs/parity.md's criterion; exit 1 where not.")
final class ParityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "the reference run (or its results.csv)")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CANDIDATE", description = "the run checked against it (or its results.csv)")
    Path candidate;

    @Option(names = "--margin", defaultValue = "1.5", paramLabel = "POINTS",
            description = "the smallest bound in accuracy points; default: ${DEFAULT-VALUE}")
    double margin;

    @Option(names = "--out", description = "also write the table to this Markdown file")
    Path out;

    @Override
    public Integer call() throws Exception {
        ParityTable table = ParityTable.of(RunInput.rows(baseline, "BASELINE"),
                RunInput.rows(candidate, "CANDIDATE"), margin);
        String md = "parity: " + candidate + " (candidate) against " + baseline + " (baseline)\n\n" + table.markdown();
        MarkdownOutput.print(md, out);
        return table.holds() ? 0 : 1;
    }
}
