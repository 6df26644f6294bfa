package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code falbench quirks} on small hand-made runs: the table, its figure beside --out, and bad input. */
class QuirksCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** Random and FairFAL, seeds 0-2, two AL rounds; FairFAL {@code gain} above Random. */
    private Path run(String name, double gain) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        StringBuilder csv = new StringBuilder("protocol,dataset,partition,strategy,mode,seed,round,labelled,"
                + "labelled_fraction,accuracy,balanced_accuracy,macro_f1,failure\n");
        for (int seed = 0; seed < 3; seed++) {
            for (int round = 0; round < 2; round++) {
                double random = 0.30 + 0.10 * round + 0.01 * seed;
                for (String arm : new String[] {"random,f-al", "fairfal,fairfal"}) {
                    double a = arm.startsWith("random") ? random : random + gain + 0.01 * seed;
                    csv.append(String.format(Locale.ROOT, "p,d,dir-balance:0.1,%s,%d,%d,%d,%.2f,%.4f,%.4f,%.4f,%n",
                            arm, seed, round, 850 * (round + 1), 0.05 * (round + 1), a, a, a));
                }
            }
        }
        Files.writeString(run.resolve("results.csv"), csv);
        return run;
    }

    private int quirks(String... args) {
        return console.execute(args);
    }

    @Test
    void writesTheTableAndItsFigureBesideIt() throws IOException {
        Path out = dir.resolve("quirks.md");
        assertThat(quirks("quirks", run("reference", 0.05).toString(), run("none", 0.02).toString(), "--out",
                out.toString())).isZero();
        // gains 5, 6, 7 with the quirks, 2, 3, 4 without: the quirks' part 3 points at every seed
        assertThat(Files.readString(out)).contains("| fairfal/fairfal | 0 | 5.0% | 3 | +6.00 [+3.52, +8.48] |"
                + " +3.00 [+0.52, +5.48] | +3.00 [+3.00, +3.00] |")
                .contains("![gain over random/f-al with the quirks and without, per arm](quirks.png)");
        assertThat(dir.resolve("quirks.png")).isNotEmptyFile();
        assertThat(dir.resolve("quirks.svg")).isNotEmptyFile();
    }

    @Test
    void aBaselineMissingFromARunExitsTwoNamingIt() throws IOException {
        assertThat(quirks("quirks", run("reference", 0.05).toString(), run("none", 0.02).toString(), "--baseline",
                "entropy/f-al")).isEqualTo(2);
        assertThat(console.err()).contains("the baseline arm entropy/f-al is not in both runs");
    }
}
