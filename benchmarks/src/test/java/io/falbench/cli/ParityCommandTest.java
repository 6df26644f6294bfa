package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** docs/parity.md's criterion on small hand-made runs: exit 0 (within), 1 (outside, or a round missing), 2 (bad input). */
class ParityCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /**
     * Random under F-AL, two AL rounds, seeds 0-2 at 0.60 + 0.10 round + {@code spread} x seed, shifted by
     * {@code shift}; {@code rounds} AL rounds.
     */
    private Path run(String name, double shift, double spread, int rounds) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        StringBuilder csv = new StringBuilder("protocol,dataset,partition,strategy,mode,seed,round,labelled,"
                + "labelled_fraction,accuracy,balanced_accuracy,macro_f1,failure\n");
        for (int seed = 0; seed < 3; seed++) {
            for (int round = 0; round < rounds; round++) {
                double a = 0.60 + 0.10 * round + spread * seed + shift;
                csv.append(String.format(Locale.ROOT, "p,d,homogeneous,random,f-al,%d,%d,%d,%.2f,%.4f,%.4f,%.4f,%n",
                        seed, round, 100 * (round + 1), 0.05 * (round + 1), a, a, a));
            }
        }
        Files.writeString(run.resolve("results.csv"), csv);
        return run;
    }

    private int parity(String... args) {
        return console.execute(args);
    }

    @Test
    void aRunWithinTheBoundExitsZeroOneOutsideExitsOne() throws IOException {
        Path baseline = run("baseline", 0, 0.01, 2);
        assertThat(parity("parity", baseline.toString(), baseline.toString())).isZero();
        assertThat(console.out()).contains("| random/f-al | 0 | 5.0% | 61.00 ± 1.00 (n 3) | 61.00 ± 1.00 (n 3) | +0.00"
                + " | 1.50 | within |").contains("Parity holds at every AL round.");
        // 1.4 points lower: within 1.5
        assertThat(parity("parity", baseline.toString(), run("close", -0.014, 0.01, 2).toString())).isZero();
        // 2 points lower with s.d. 1: outside max(1.5, 1)
        Path table = dir.resolve("parity.md");
        assertThat(parity("parity", baseline.toString(), run("lower", -0.02, 0.01, 2).toString(), "--out",
                table.toString())).isEqualTo(1);
        assertThat(console.out()).contains("| -2.00 | 1.50 | **outside** |").contains("Parity does not hold.");
        assertThat(Files.readString(table)).contains("**outside**");
        // 2 points lower but with s.d. 2.5 on the candidate's side: within max(1.5, 2.5)
        assertThat(parity("parity", baseline.toString(), run("noisy", -0.035, 0.025, 2).toString())).isZero();
        assertThat(console.out()).contains("| 2.50 | within |");
    }

    @Test
    void aRoundOnlyOneRunHoldsExitsOneAndAPngExitsTwo() throws IOException {
        Path baseline = run("baseline", 0, 0.01, 2);
        assertThat(parity("parity", baseline.toString(), run("short", 0, 0.01, 1).toString())).isEqualTo(1);
        assertThat(console.out()).contains("missing: random/f-al AL round 1 (not in the candidate run)")
                .contains("Parity does not hold (or cannot be judged yet).");
        Path png = Files.write(dir.resolve("accuracy.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(parity("parity", png.toString(), baseline.toString())).isEqualTo(2);
        assertThat(console.err()).contains("accuracy.png");
        assertThat(parity("parity", baseline.toString(), baseline.toString(), "--margin", "-1")).isEqualTo(2);
        assertThat(console.err()).contains("the margin must be 0 or more points, got -1.0");
    }
}
