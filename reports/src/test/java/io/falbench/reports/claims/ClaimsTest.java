package io.falbench.reports.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import io.falbench.reports.results.ResultRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimsTest {

    /** A two-round curve per seed of strategy/mode on a partition: 0.5 at round 0, then the given final accuracy. */
    private static List<ResultRow> curve(String strategy, String mode, String partition, double[] finals) {
        List<ResultRow> rows = new ArrayList<>();
        for (int seed = 0; seed < finals.length; seed++) {
            rows.add(new ResultRow("p", "d", partition, strategy, mode, seed, 0, 10, 0.1, 0.5, 0.5, 0.5, ""));
            rows.add(new ResultRow("p", "d", partition, strategy, mode, seed, 1, 20, 0.2, finals[seed], finals[seed],
                    finals[seed], ""));
        }
        return rows;
    }

    private static Judge.Judgement judge(String test, List<ResultRow> rows) {
        return Judge.judge(ClaimsFile.parse("t.claims", List.of("c | a claim | " + test)), rows).get(0);
    }

    @Test
    void aClearAndConsistentLeadIsReproducedAndItsReverseIsNot() {
        List<ResultRow> rows = new ArrayList<>(curve("a", "m", "x", new double[] {0.70, 0.72, 0.71, 0.73, 0.69}));
        rows.addAll(curve("b", "m", "x", new double[] {0.60, 0.63, 0.61, 0.62, 0.60}));
        Judge.Judgement ab = judge("better a/m b/m final", rows);
        assertThat(ab.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(ab.comparisons().get(0).test()).isEqualTo("paired t");
        assertThat(ab.comparisons().get(0).difference().meanDifference()).isCloseTo(0.098, within(1e-9));
        assertThat(judge("better b/m a/m final", rows).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judge("similar a/m b/m final margin 1", rows).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void noiseIsInconclusiveAndATieWithinTheMarginIsNotAWin() {
        List<ResultRow> rows = new ArrayList<>(curve("a", "m", "x", new double[] {0.70, 0.60, 0.75}));
        rows.addAll(curve("b", "m", "x", new double[] {0.62, 0.71, 0.66}));
        rows.addAll(curve("c", "m", "x", new double[] {0.701, 0.602, 0.749}));
        assertThat(judge("better a/m b/m final", rows).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(judge("better a/m c/m final", rows).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judge("similar a/m c/m final margin 0.5", rows).verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judge("similar a/m b/m final margin 0.5", rows).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void wildcardsPairEqualValuesAndTheWilcoxonTestTakesOverFromTenPairs() {
        List<ResultRow> rows = new ArrayList<>();
        for (String mode : List.of("m1", "m2", "m3", "m4")) {
            for (String partition : List.of("x", "y")) {
                rows.addAll(curve("a", mode, partition, new double[] {0.80, 0.81, 0.79}));
                rows.addAll(curve("b", mode, partition, new double[] {0.70, 0.72, 0.71}));
            }
        }
        Judge.Judgement j = judge("better a/* b/* aulc", rows);
        assertThat(j.comparisons().get(0).difference().pairs()).isEqualTo(24);
        assertThat(j.comparisons().get(0).test()).isEqualTo("Wilcoxon");
        assertThat(j.verdict()).isEqualTo(Verdict.REPRODUCED);
        Judge.Judgement split = judge("similar */*@x */*@y aulc margin 1", rows);
        assertThat(split.comparisons().get(0).difference().pairs()).isEqualTo(24);
        assertThat(split.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(split.claim().test()).isEqualTo("similar */*@x */*@y aulc margin 1");
    }

    @Test
    void aSetOfNamesPairsLikeAWildcardOverItsNamesOnly() {
        List<ResultRow> rows = new ArrayList<>();
        for (String partition : List.of("x", "y")) {
            for (String mode : List.of("m1", "m2")) {
                rows.addAll(curve("a", mode, partition, new double[] {0.80, 0.81, 0.79}));
            }
            // a bound that the split moves by construction: outside the set, it must not count
            rows.addAll(curve("a", "alone", partition, partition.equals("x") ? new double[] {0.6, 0.61, 0.62}
                    : new double[] {0.3, 0.31, 0.32}));
        }
        Judge.Judgement set = judge("similar */m1|m2@x */m1|m2@y aulc margin 1", rows);
        assertThat(set.comparisons().get(0).difference().pairs()).isEqualTo(6);
        assertThat(set.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judge("similar */*@x */*@y aulc margin 1", rows).comparisons().get(0).difference().pairs())
                .isEqualTo(9);
        assertThatThrownBy(() -> judge("similar a/m1|m2 a/m1 aulc margin 1", rows))
                .hasMessageContaining("wildcard");
    }

    @Test
    void aClaimOverArmsTheRunLacksIsNotRunAndAFailedCellIsLeftOut() {
        List<ResultRow> rows = new ArrayList<>(curve("a", "m", "x", new double[] {0.7, 0.8}));
        rows.addAll(curve("b", "m", "x", new double[] {0.6, 0.7}));
        rows.set(3, new ResultRow("p", "d", "x", "a", "m", 1, 1, 20, 0.2, 0.8, 0.8, 0.8, "out of memory"));
        Judge.Judgement j = judge("best a/m over b/m z/m final", rows);
        assertThat(j.verdict()).isEqualTo(Verdict.NOT_RUN);
        assertThat(j.note()).contains("a/m vs z/m");
        assertThat(j.comparisons().get(0).difference().pairs()).isEqualTo(1);
        assertThat(ClaimsReport.markdown(List.of(j))).contains("| c | a claim | `best a/m over b/m z/m final` | **not run** |");
    }

    @Test
    void anOrderIsJudgedPairByPairAndTheWorstVerdictWins() {
        List<ResultRow> rows = new ArrayList<>(curve("a", "m", "x", new double[] {0.90, 0.91, 0.92, 0.90}));
        rows.addAll(curve("b", "m", "x", new double[] {0.80, 0.82, 0.81, 0.80}));
        rows.addAll(curve("c", "m", "x", new double[] {0.85, 0.86, 0.84, 0.86}));
        Judge.Judgement j = judge("order a/m > b/m > c/m final", rows);
        assertThat(j.comparisons()).extracting(Judge.Comparison::verdict)
                .containsExactly(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED);
        assertThat(j.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void badClaimLinesSayWhereAndHow() {
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("# c", "x | s | better a/m final")))
                .hasMessageContaining("f.claims:2:").hasMessageContaining("compares two arms");
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("x | s | better a/* b/m final")))
                .hasMessageContaining("must have their * in the same places");
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("x | s | similar a/m b/m final")))
                .hasMessageContaining("needs 'margin M'");
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("x | s | better a b final")))
                .hasMessageContaining("write strategy/mode");
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("x | s | beats a/m b/m final")))
                .hasMessageContaining("unknown test 'beats'");
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("x | s | better a/m b/m accuracy")))
                .hasMessageContaining("unknown metric 'accuracy'");
        assertThatThrownBy(() -> ClaimsFile.parse("f.claims", List.of("x | s | untested r", "x | t | untested r")))
                .hasMessageContaining("f.claims:2: claim id 'x' is used twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog-mnist", "blog-cifar10-corrupted", "fairfal-cifar10-lt", "fairfal-fmnist-lt"})
    void everyBundledClaimNamesArmsItsProtocolRuns(String name) throws IOException {
        List<Claim> claims = ClaimsFile.forProtocol(name + "-cpu");
        assertThat(claims).isNotEmpty();
        List<Cell> cells = Protocol.load(name).cells();
        Set<String> strategies = cells.stream().map(Cell::strategy).collect(Collectors.toSet());
        Set<String> modes = cells.stream().map(Cell::mode).collect(Collectors.toSet());
        Set<String> partitions = cells.stream().map(Cell::partition).collect(Collectors.toSet());
        for (Claim claim : claims) {
            for (Arm arm : claim.arms()) {
                assertThat(strategies).as("%s: %s", claim.id(), arm).containsAll(Arm.names(arm.strategy()));
                assertThat(modes).as("%s: %s", claim.id(), arm).containsAll(Arm.names(arm.mode()));
                assertThat(partitions).as("%s: %s", claim.id(), arm).containsAll(Arm.names(arm.partition()));
                assertThat(cells).as("%s: a cell of %s", claim.id(), arm).anyMatch(c ->
                        (arm.strategy().equals(Arm.ANY) || Arm.names(arm.strategy()).contains(c.strategy()))
                                && (arm.mode().equals(Arm.ANY) || Arm.names(arm.mode()).contains(c.mode())));
            }
        }
    }
}
