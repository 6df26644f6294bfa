package io.falbench.cli;

import io.falbench.reports.QuirkPlot;
import io.falbench.reports.compare.QuirkTable;
import io.falbench.reports.results.ResultRow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code falbench quirks WITH WITHOUT}: what the reference code's quirks account for, from two runs of one protocol
 * ({@code quirks = reference} and {@code quirks = none}): each arm's gain over a baseline per AL round in both, and
 * the difference ({@link QuirkTable}).
 */
@Command(name = "quirks", description = "Each arm's gain over a baseline per AL round with the reference code's quirks"
        + " and without, and the quirks' part, from two runs of one protocol.")
final class QuirksCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WITH", description = "the run with quirks = reference (or its results.csv)")
    Path with;

    @Parameters(index = "1", paramLabel = "WITHOUT", description = "the run with quirks = none (or its results.csv)")
    Path without;

    @Option(names = "--baseline", defaultValue = "random/f-al", paramLabel = "STRATEGY/MODE",
            description = "the arm gains are measured from; default: ${DEFAULT-VALUE}")
    String baseline;

    @Option(names = "--out", description = "also write the table to this Markdown file, and its figure beside it"
            + " (the same name, .png and .svg)")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<ResultRow> reference = RunInput.rows(with, "WITH");
        QuirkTable table = QuirkTable.of(reference, RunInput.rows(without, "WITHOUT"), baseline);
        String md = "quirks: " + with + " (with) against " + without + " (without)\n\n" + table.markdown();
        Path png = out == null ? null : out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "")
                + ".png");
        if (png != null && QuirkPlot.render(reference.get(0).protocol() + ": gain over " + baseline
                + ", with the quirks and without", table, png)) {
            md += "\n![gain over " + baseline + " with the quirks and without, per arm](" + png.getFileName() + ")\n";
        }
        MarkdownOutput.print(md, out);
        return 0;
    }
}
