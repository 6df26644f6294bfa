package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The compare gate on small hand-made runs: exit 0 (ok), 1 (a drop or a missing seed or arm), 2 (bad input). */
class CompareCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /**
     * A run directory whose results.csv holds Random and Margin under F-AL, two AL rounds, the given seeds; Margin's
     * accuracies lowered by {@code marginDrop}.
     */
    private Path run(String name, double marginDrop, Set<Integer> seeds) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        StringBuilder csv = new StringBuilder("protocol,dataset,partition,strategy,mode,seed,round,labelled,"
                + "labelled_fraction,accuracy,balanced_accuracy,macro_f1,failure\n");
        for (int seed : seeds) {
            for (int round = 0; round < 2; round++) {
                double random = 0.60 + 0.10 * round + 0.01 * seed;
                double margin = random + 0.03 - marginDrop;
                csv.append(String.format(Locale.ROOT, "p,d,homogeneous,random,f-al,%d,%d,%d,%.1f,%.4f,%.4f,%.4f,%n",
                        seed, round, 100 * (round + 1), 0.1 * (round + 1), random, random, random));
                csv.append(String.format(Locale.ROOT, "p,d,homogeneous,margin,f-al,%d,%d,%d,%.1f,%.4f,%.4f,%.4f,%n",
                        seed, round, 100 * (round + 1), 0.1 * (round + 1), margin, margin, margin));
            }
        }
        Files.writeString(run.resolve("results.csv"), csv);
        return run;
    }

    private Path run(String name, double marginDrop) throws IOException {
        return run(name, marginDrop, Set.of(0, 1, 2));
    }

    private int compare(String... args) {
        return console.execute(args);
    }

    @Test
    void aRunAgainstItselfExitsZeroAndSaysHowManySeedsPaired() throws IOException {
        Path baseline = run("baseline", 0);
        assertThat(compare("compare", baseline.toString(), baseline.toString())).isZero();
        assertThat(console.out()).contains("2 arms compared, seeds paired by seed number within each arm: 3 per arm")
                .contains("| d / homogeneous / random / f-al | 3 |").contains("compare: ok")
                .doesNotContain("REGRESSION").doesNotContain("MISSING");
        assertThat(compare("compare", baseline.resolve("results.csv").toString(), baseline.toString())).isZero();
    }

    @Test
    void anArmLoweredTwoPointsExitsOneNamingIt() throws IOException {
        Path baseline = run("baseline", 0);
        Path worse = run("worse", 0.02);
        Path table = dir.resolve("table.md");
        assertThat(compare("compare", baseline.toString(), worse.toString(), "--out", table.toString())).isEqualTo(1);
        assertThat(console.out()).contains("| d / homogeneous / margin / f-al | 3 | 69.00 | 67.00 | -2.00 | [-2.00, -2.00]")
                .contains("REGRESSION (> 1.0 points)").contains("compare: FAIL (exit 1): 1 arm(s) dropped by more"
                        + " than 1.0 points");
        assertThat(console.out().lines().filter(l -> l.contains("random / f-al"))).allMatch(l -> l.endsWith("| ok |"));
        assertThat(Files.readString(table)).contains("margin / f-al").contains("REGRESSION");
        assertThat(compare("compare", baseline.toString(), worse.toString(), "--max-drop", "2.5", "--metric",
                "final")).isZero();
    }

    @Test
    void aSeedRemovedFromEitherRunExitsOneUnlessMissingIsAllowed() throws IOException {
        Path baseline = run("baseline", 0);
        Path twoSeeds = run("two-seeds", 0, Set.of(0, 1));
        assertThat(compare("compare", baseline.toString(), twoSeeds.toString())).isEqualTo(1);
        assertThat(console.out()).contains("MISSING").contains("- d / homogeneous / margin / f-al: seed 2 missing"
                + " from the new run").contains("2 per arm").contains("2 arm(s) or seed(s) missing or failed");
        assertThat(compare("compare", twoSeeds.toString(), baseline.toString())).isEqualTo(1);
        assertThat(console.out()).contains("seed 2 missing from the baseline");
        assertThat(compare("compare", baseline.toString(), twoSeeds.toString(), "--allow-missing")).isZero();
        assertThat(console.out()).contains("allowed by --allow-missing").contains("compare: ok (2 arms within 1.0"
                + " points; 2 unpaired, allowed)");
    }

    @Test
    void anArmMissingFromEitherRunExitsOneNamingIt() throws IOException {
        Path baseline = run("baseline", 0);
        Path onlyRandom = Files.createDirectories(dir.resolve("only-random"));
        Files.writeString(onlyRandom.resolve("results.csv"), Files.readAllLines(baseline.resolve("results.csv"))
                .stream().filter(l -> !l.contains(",margin,")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(compare("compare", baseline.toString(), onlyRandom.toString())).isEqualTo(1);
        assertThat(console.out()).contains("d / homogeneous / margin / f-al: missing from the new run");
        assertThat(compare("compare", onlyRandom.toString(), baseline.toString())).isEqualTo(1);
        assertThat(console.out()).contains("d / homogeneous / margin / f-al: missing from the baseline");
    }

    @Test
    void onlyAccuracyMetricsAreOfferedAndAcceptedExitTwo() throws IOException {
        Path baseline = run("baseline", 0);
        assertThat(compare("compare", baseline.toString(), baseline.toString(), "--metric", "auc")).isEqualTo(2);
        assertThat(console.err()).contains("unknown --metric 'auc'; use final, aulc, balanced-final or accuracy@P%"
                + " (e.g. accuracy@25%)")
                .doesNotContain("corrupted-share");
        assertThat(compare("compare", baseline.toString(), baseline.toString(), "--metric", "corrupted-share"))
                .isEqualTo(2);
        assertThat(console.err()).contains("--metric corrupted-share is a diagnostic, not an accuracy to gate on;"
                + " use final, aulc, balanced-final or accuracy@P% (e.g. accuracy@25%)");
        assertThat(compare("compare", baseline.toString(), baseline.toString(), "--max-drop", "-1")).isEqualTo(2);
        assertThat(console.err()).contains("--max-drop must be >= 0 points");
    }
}
