package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunEstimateTest {

    private static final Protocol PROTOCOL = Protocol.parse("t", "test", """
            dataset = mnist-mini
            clients = 2
            model = mlp
            strategies = random, margin
            modes = f-al
            al.rounds = 1
            """);

    private static Cell cell(String strategy, int seed) {
        return new Cell("t", "mnist-mini", "iid", strategy, "f-al", seed);
    }

    /** Rounds whose training, query and evaluation seconds add up to {@code seconds[r]}. */
    private static List<RoundResult> rounds(double... seconds) {
        List<RoundResult> rounds = new ArrayList<>();
        for (int r = 0; r < seconds.length; r++) {
            rounds.add(new RoundResult(r, null, null, null, new Timings(seconds[r] - 3, 2, 1), null, null));
        }
        return rounds;
    }

    private static RunPlan.Entry finished(String strategy, int seed, double... seconds) {
        return new RunPlan.Entry(cell(strategy, seed), new CellResult(cell(strategy, seed), "f", rounds(seconds),
                null, null), null);
    }

    private static RunPlan.Entry started(String strategy, int seed, int nextRound, double... seconds) {
        return new RunPlan.Entry(cell(strategy, seed), null, new Checkpoint(cell(strategy, seed).id(), "f", nextRound,
                rounds(seconds), null, Map.of(), Map.of(), null, 0, false));
    }

    @Test
    void roundsLeftAreTheirArmsMediansOrAllFinishedCellsMediansWhereTheArmHasTooFew() {
        RunPlan plan = new RunPlan(PROTOCOL, List.of(
                finished("a", 0, 10, 20), finished("a", 1, 12, 22), finished("a", 2, 1000, 24),
                finished("b", 0, 100, 200),
                started("a", 3, 1, 11),
                started("b", 1, 1, 90),
                new RunPlan.Entry(cell("b", 2), null, null)));
        RunEstimate estimate = RunEstimate.of(plan);
        // a's own medians: round 0 12, round 1 22; b has one finished cell, so all four: round 0 56, round 1 23
        assertThat(estimate.leftSeconds()).isCloseTo(22 + 23 + (56 + 23), within(1e-9));
        assertThat(estimate.cellsLeft()).isEqualTo(3);
        assertThat(estimate.withoutOwnArm()).isEqualTo(2);
        assertThat(estimate.spentSeconds()).isCloseTo(10 + 20 + 12 + 22 + 1000 + 24 + 100 + 200 + 11 + 90,
                within(1e-9));
        assertThat(estimate.describe()).contains("left: about 0.0 h of cell time for 3 cell(s)")
                .contains("same arm (1 cell(s)) or, where it has fewer than 3, over all finished cells (2 cell(s)");
    }

    @Test
    void withoutAFinishedCellThereIsNoEstimateAndWithNothingLeftItSaysSo() {
        RunEstimate none = RunEstimate.of(new RunPlan(PROTOCOL, List.of(started("a", 0, 1, 10))));
        assertThat(none.describe()).contains("left: 1 cell(s); no estimate until a cell has finished");
        RunEstimate done = RunEstimate.of(new RunPlan(PROTOCOL, List.of(finished("a", 0, 3600, 3600))));
        assertThat(done.describe()).contains("cell time spent: 2.0 h").contains("left: nothing");
    }
}
