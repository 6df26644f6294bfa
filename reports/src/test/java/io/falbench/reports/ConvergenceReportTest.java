package io.falbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.experiment.ProgressListener;
import io.falbench.experiment.Runner;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with fl.trace_every gets a convergence plot and table; one without gets neither. */
class ConvergenceReportTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runs;

    private String report(String extra, String name) throws IOException {
        Protocol protocol = Protocol.parse("trace", "test", """
                dataset = mnist-mini
                clients = 2
                model = mlp
                strategies = random
                modes = f-al
                seeds = 2
                al.initial = 60
                al.query = 30
                al.rounds = 1
                fl.rounds = 4
                fl.local_epochs = 1
                train.lr = 0.05
                """ + extra);
        Path runDir = runs.resolve(name);
        new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT);
        return Files.readString(ReportWriter.write(runDir));
    }

    @Test
    void aTracedRunShowsAccuracyAlongTheFedAvgRounds() throws IOException {
        String md = report("fl.trace_every = 1\n", "traced");
        assertThat(md).contains("## Convergence check").contains("![test accuracy along the FedAvg rounds]")
                .containsPattern("\\| random / f-al, AL round 0 \\(60 labels\\) \\| 4 \\| [0-9.]+ ± [0-9.]+ \\(round 2\\)"
                        + " \\| [0-9.]+ ± [0-9.]+ \\(round 3\\) \\| [0-9.]+ ± [0-9.]+ \\(round 4\\) \\| [+-][0-9.]+ \\|")
                .contains("| random / f-al, AL round 1 (90 labels) | 4 |");
        assertThat(runs.resolve("traced").resolve("convergence.png")).isRegularFile();
        assertThat(report("", "plain")).doesNotContain("Convergence check");
    }
}
