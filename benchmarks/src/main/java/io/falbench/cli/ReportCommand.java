package io.falbench.cli;

import io.falbench.reports.ReportWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code falbench report DIR}: re-renders a run directory's plot and report.md from its files alone. */
@Command(name = "report", description = "Render accuracy.png and report.md of a run directory from its results.csv.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "a run directory (holding results.csv)")
    Path runDir;

    @Override
    public Integer call() throws Exception {
        System.out.println("report: " + ReportWriter.write(runDir));
        return 0;
    }
}
