package io.falbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuirkTableTest {

    private static ResultRow row(String partition, String strategy, String mode, int seed, int round, double accuracy) {
        return new ResultRow("fairfal-cifar10-lt-cpu", "cifar10", partition, strategy, mode, seed, round,
                850 * (round + 1), 850 * (round + 1) / 17023.0, accuracy, accuracy, accuracy, "");
    }

    /** Random at 0.30 + 0.01 x seed in round 0 and 0.40 + 0.01 x seed in round 1; FairFAL {@code gain} above it. */
    private static List<ResultRow> run(double[] gains) {
        List<ResultRow> rows = new ArrayList<>();
        for (int seed = 0; seed < gains.length; seed++) {
            for (int round = 0; round < 2; round++) {
                double random = 0.30 + 0.10 * round + 0.01 * seed;
                rows.add(row("dir-balance:0.1", "random", "f-al", seed, round, random));
                rows.add(row("dir-balance:0.1", "fairfal", "fairfal", seed, round, random + gains[seed]));
            }
        }
        return rows;
    }

    @Test
    void theQuirksPartIsTheGainWithThemMinusTheGainWithoutPairedBySeed() {
        QuirkTable table = QuirkTable.of(run(new double[] {0.05, 0.06, 0.04}), run(new double[] {0.02, 0.02, 0.02}),
                "random/f-al");
        assertThat(table.rows()).hasSize(2);
        QuirkTable.Row first = table.rows().get(0);
        assertThat(first.arm()).isEqualTo("fairfal/fairfal");
        assertThat(first.round()).isZero();
        assertThat(first.seeds()).containsExactly(0, 1, 2);
        assertThat(first.withQuirks().mean()).isCloseTo(5, within(1e-9));
        assertThat(first.withoutQuirks().mean()).isCloseTo(2, within(1e-9));
        assertThat(first.withoutQuirks().interval().low()).isCloseTo(2, within(1e-9));
        assertThat(first.quirksPart().mean()).isCloseTo(3, within(1e-9));
        // parts 3, 4, 2: s.d. 1, t(0.975, 2) = 4.3027 -> half-width 4.3027 / sqrt(3)
        assertThat(first.quirksPart().interval().high() - 3).isCloseTo(4.302653 / Math.sqrt(3), within(1e-5));
        assertThat(table.markdown()).contains("| fairfal/fairfal | 0 | 5.0% | 3 | +5.00 [+2.52, +7.48] |"
                + " +2.00 [+2.00, +2.00] | +3.00 [+0.52, +5.48] |");
    }

    @Test
    void onlySeedsWithAllFourCellsCountAndOneSeedHasNoInterval() {
        List<ResultRow> without = run(new double[] {0.02, 0.02, 0.02});
        without.removeIf(r -> r.seed() > 0 && r.strategy().equals("random"));
        QuirkTable table = QuirkTable.of(run(new double[] {0.05, 0.06, 0.04}), without, "random/f-al");
        assertThat(table.rows().get(0).seeds()).containsExactly(0);
        assertThat(table.rows().get(0).quirksPart().interval()).isNull();
        assertThat(table.markdown()).contains("| 1 | +5.00 | +2.00 | +3.00 |");
    }

    @Test
    void aMissingBaselineOrSeveralPartitionsAreRefusedWithWhatToDo() {
        List<ResultRow> rows = run(new double[] {0.05, 0.06});
        assertThatThrownBy(() -> QuirkTable.of(rows, rows, "random/s-al"))
                .hasMessageContaining("the baseline arm random/s-al is not in both runs")
                .hasMessageContaining("--baseline STRATEGY/MODE");
        List<ResultRow> two = new ArrayList<>(rows);
        two.add(row("homogeneous", "random", "f-al", 0, 0, 0.5));
        assertThatThrownBy(() -> QuirkTable.of(two, rows, "random/f-al"))
                .hasMessageContaining("one partition").hasMessageContaining("homogeneous");
    }
}
