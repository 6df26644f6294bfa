package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job end to end: the quickstart protocol from the command to the report. */
@Tag("slow")
class QuickstartTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void theQuickstartWritesItsResultsAndMarginEndsAtLeastAsHighAsRandom(@TempDir Path out, @TempDir Path data)
            throws Exception {
        assertThat(Falbench.commandLine().execute("run", "quickstart", "--out", out.toString(),
                "--data-dir", data.toString(), "--dry-run")).isZero();
        assertThat(console.out()).contains("quickstart in " + out.toAbsolutePath() + ": 4 cells")
                .contains("finished 0, started 0, not begun 4").contains("no estimate until a cell has finished");
        try (var nothing = Files.list(out)) {
            assertThat(nothing).as("a dry run writes nothing").isEmpty();
        }
        int exit = Falbench.commandLine().execute("run", "quickstart", "--out", out.toString(),
                "--data-dir", data.toString());
        assertThat(exit).isZero();
        assertThat(out.resolve("report.md")).exists();
        assertThat(Files.size(out.resolve("accuracy.png"))).isGreaterThan(10_000);
        console.resetOut();
        assertThat(Falbench.commandLine().execute("run", "quickstart", "--out", out.toString(), "--dry-run")).isZero();
        assertThat(console.out()).contains("finished 4, started 0, not begun 0").contains("left: nothing");
        try (var cells = Files.list(out.resolve("cells"))) {
            assertThat(cells.count()).isEqualTo(4);
        }
        List<ResultRow> rows = ResultsReader.read(out.resolve("results.csv"));
        int lastRound = rows.stream().mapToInt(ResultRow::round).max().orElseThrow();
        double margin = finalMean(rows, "margin", lastRound);
        double random = finalMean(rows, "random", lastRound);
        assertThat(margin).as("margin %.4f vs random %.4f", margin, random).isGreaterThanOrEqualTo(random);
    }

    private static double finalMean(List<ResultRow> rows, String strategy, int round) {
        return rows.stream().filter(r -> r.strategy().equals(strategy) && r.round() == round)
                .mapToDouble(ResultRow::accuracy).average().orElseThrow();
    }
}
