package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static Path run(Path dir, String name, double marginShift) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        StringBuilder csv = new StringBuilder("protocol,dataset,partition,strategy,mode,seed,round,labelled,"
                + "labelled_fraction,accuracy,balanced_accuracy,macro_f1,failure\n");
        for (int seed = 0; seed < 3; seed++) {
            for (int round = 0; round < 3; round++) {
                double base = 0.5 + 0.1 * round + 0.01 * seed;
                csv.append(String.format(java.util.Locale.ROOT, "p,d,homogeneous,random,f-al,%d,%d,%d,%.2f,%.4f,%.4f,%.4f,%n",
                        seed, round, 100 * (round + 1), 0.1 * (round + 1), base, base, base));
                double margin = base + 0.02 + marginShift;
                csv.append(String.format(java.util.Locale.ROOT, "p,d,homogeneous,margin,f-al,%d,%d,%d,%.2f,%.4f,%.4f,%.4f,%n",
                        seed, round, 100 * (round + 1), 0.1 * (round + 1), margin, margin, margin));
            }
        }
        Files.writeString(run.resolve("results.csv"), csv);
        return run;
    }

    private static int compare(String... args) {
        return Falbench.commandLine().execute(args);
    }

    @Test
    void identicalRunsExitZeroAndAConstructedRegressionExitsOne(@TempDir Path dir) throws IOException {
        Path baseline = run(dir, "baseline", 0);
        Path same = run(dir, "same", 0);
        Path worse = run(dir, "worse", -0.04);
        assertThat(compare("compare", baseline.toString(), same.toString())).isZero();
        assertThat(console.out()).contains("compare: ok").contains("random / f-al");
        assertThat(compare("compare", baseline.toString(), worse.toString(), "--max-drop", "2",
                "--out", dir.resolve("table.md").toString())).isEqualTo(1);
        assertThat(console.out()).contains("REGRESSION").contains("compare: FAIL");
        assertThat(Files.readString(dir.resolve("table.md"))).contains("margin / f-al").contains("-4.00");
        assertThat(compare("compare", baseline.toString(), worse.toString(), "--max-drop", "5",
                "--metric", "final")).isZero();
    }

    @Test
    void badInputIsAClearErrorWithExitTwo(@TempDir Path dir) throws IOException {
        Path baseline = run(dir, "baseline", 0);
        assertThat(compare("compare", baseline.toString(), dir.resolve("nothing").toString())).isEqualTo(2);
        assertThat(console.err()).contains("does not exist");
        assertThat(compare("compare", baseline.toString(), baseline.toString(), "--metric", "auc")).isEqualTo(2);
        assertThat(console.err()).contains("use aulc, final, balanced-final or corrupted-share");
        assertThat(compare("compare", baseline.toString(), baseline.toString(), "--metric", "corrupted-share"))
                .isEqualTo(2);
        assertThat(console.err()).contains("a diagnostic, not an accuracy to gate on");
    }
}
