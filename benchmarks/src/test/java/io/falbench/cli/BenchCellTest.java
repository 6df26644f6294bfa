package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BenchCellTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void oneCellIsTimedPhaseByPhaseAndAFinishedDirectoryIsRefused(@TempDir Path dir) {
        Path out = dir.resolve("cell");
        String[] args = {"bench", "cell", "quickstart", "--strategy", "margin", "--mode", "f-al", "--set", "fl.rounds=2",
            "--set", "al.rounds=1", "--data-dir", dir.resolve("data").toString(), "--out", out.toString()};
        assertThat(Falbench.commandLine().execute(args)).as(console.err()).isZero();
        assertThat(console.out()).contains("cell mnist-mini__homogeneous__margin__f-al__seed0")
                .contains("| AL round | labelled | accuracy | training (s) | evaluation (s) | query (s) |")
                .contains("| 1 | 400 |").contains("share of the wall time: training");
        assertThat(Falbench.commandLine().execute(args)).isEqualTo(2);
        assertThat(console.err()).contains("already holds finished cells");
    }
}
