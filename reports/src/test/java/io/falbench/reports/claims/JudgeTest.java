package io.falbench.reports.claims;

import static io.falbench.reports.claims.Rows.above;
import static io.falbench.reports.claims.Rows.all;
import static io.falbench.reports.claims.Rows.curve;
import static io.falbench.reports.claims.Rows.flat;
import static io.falbench.reports.claims.Rows.judge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.reports.results.ResultRow;
import io.falbench.reports.stats.Holm;
import io.falbench.reports.stats.SeedsNeeded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outcome rules of docs/statistics.md on hand-made rows: one test per branch, then the family and the pairing. */
class JudgeTest {

    private static final String BETTER = "c | a claim | better a/m b/m final";
    private static final String SIMILAR = "c | a claim | similar a/m b/m final";
    private static final String DELTA = "    smallest-effect = 0.5: half a point";
    private static final String MARGIN = "    margin = 1: one point";

    /** b at 0.60 on every seed, a the given points above it. */
    private static List<ResultRow> aAboveB(double... points) {
        return all(curve("a", "m", "x", above(0.60, points)), curve("b", "m", "x", flat(0.60, points.length)));
    }

    private static Judge.Comparison only(List<Judge.Judgement> judgements) {
        assertThat(judgements.get(0).comparisons()).hasSize(1);
        return judgements.get(0).comparisons().get(0);
    }

    @Test
    void betterIsReproducedWhenTheClaimedDirectionIsSignificant() {
        Judge.Comparison c = only(judge(aAboveB(10, 12, 11, 13, 9), BETTER, DELTA));
        assertThat(c.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(c.difference()).isCloseTo(11, within(1e-9));
        assertThat(c.seeds()).containsExactly(0, 1, 2, 3, 4);
        assertThat(c.evidence().interval().above(0)).isTrue();
        assertThat(c.seedsNeeded()).isEmpty();
    }

    @Test
    void aClaimAtACurvePointIsJudgedThereAndNotReachedWhereNoCellReachesIt() {
        List<ResultRow> rows = aAboveB(10, 12, 11, 13, 9);
        Judge.Comparison at20 = only(judge(rows, "c | a claim | better a/m b/m accuracy@20%", DELTA));
        assertThat(at20.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(at20.difference()).isCloseTo(11, within(1e-9));
        // the first round, 10% labelled: both arms at 0.5 on every seed
        assertThat(only(judge(rows, "c | a claim | better a/m b/m accuracy@10%", DELTA)).difference()).isZero();
        List<Judge.Judgement> at45 = judge(rows, "c | a claim | better a/m b/m accuracy@45%", DELTA);
        assertThat(only(at45).verdict()).isEqualTo(Verdict.NOT_REACHED);
        assertThat(at45.get(0).verdict()).isEqualTo(Verdict.NOT_REACHED);
        assertThat(at45.get(0).notes()).containsExactly("every curve of the run stops short of accuracy@45%: the run"
                + " does not reach the point this claim reads");
        // a curve that reaches the point makes the others' absence a gap of the run, not of the protocol
        List<ResultRow> longer = new java.util.ArrayList<>(rows);
        ResultRow last = rows.stream().filter(r -> r.strategy().equals("a") && r.seed() == 0)
                .max(java.util.Comparator.comparingInt(ResultRow::round)).orElseThrow();
        longer.add(new ResultRow(last.protocol(), last.dataset(), last.partition(), "a", last.mode(), 0,
                last.round() + 1, last.labelled(), 0.45, 0.9, 0.9, 0.9, ""));
        List<Judge.Judgement> partly = judge(longer, "c | a claim | better a/m b/m accuracy@45%", DELTA);
        assertThat(partly.get(0).verdict()).isEqualTo(Verdict.NOT_RUN);
        assertThat(partly.get(0).notes()).anyMatch(n -> n.contains("left out 9 of the run's 10 curves: they have no"
                + " accuracy@45% (they stop short of it)"));
    }

    @Test
    void betterIsNotReproducedBelowItsSmallestEffectOrTheOtherWay() {
        // mean 0, 90% interval about +-0.15: below the smallest effect 0.5, yet not significantly negative
        Judge.Comparison nil = only(judge(aAboveB(0.2, -0.1, 0.1, -0.2, 0), BETTER, DELTA));
        assertThat(nil.evidence().interval().below(0.5)).isTrue();
        assertThat(nil.evidence().interval().above(0) || nil.evidence().interval().below(0)).isFalse();
        assertThat(nil.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        Judge.Comparison reversed = only(judge(aAboveB(-10, -12, -11, -13, -9), BETTER, DELTA));
        assertThat(reversed.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        // with no smallest effect only the other direction refutes: the nil effect is then inconclusive
        assertThat(only(judge(aAboveB(0.2, -0.1, 0.1, -0.2, 0), BETTER, "    smallest-effect = 0: any gap"))
                .verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void betterIsInconclusiveOnNoiseAndSaysHowManySeedsWouldDecide() {
        // docs/statistics.md: +0.20, +0.50, +0.80 has p_for 0.051; 4 seeds give 80% power at alpha 0.05
        Judge.Comparison c = only(judge(aAboveB(0.2, 0.5, 0.8), BETTER, DELTA));
        assertThat(c.evidence().pFor()).isCloseTo(0.051, within(5e-4));
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.seedsNeeded()).isEqualTo("reproduce: 4 seeds");
        Judge.Comparison planned = Judge.judge(ClaimsFile.parse("t.claims", List.of(BETTER, DELTA)),
                aAboveB(0.2, 0.5, 0.8), 3).get(0).comparisons().get(0);
        assertThat(planned.seedsNeeded()).isEqualTo("reproduce: 4 seeds, beyond the 3 planned");
        assertThat(Judge.judge(ClaimsFile.parse("t.claims", List.of(BETTER, DELTA)),
                aAboveB(0.2, 0.5, 0.8), 4).get(0).comparisons().get(0).seedsNeeded()).isEqualTo("reproduce: 4 seeds");
        Judge.Comparison noise = only(judge(aAboveB(10, -9, 12, -8), BETTER, DELTA));
        assertThat(noise.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(noise.seedsNeeded()).startsWith("reproduce: ").doesNotContain("not reproduce");
    }

    @Test
    void similarIsReproducedWhenTheIntervalLiesInsideTheMargin() {
        Judge.Comparison c = only(judge(aAboveB(0.1, -0.1, 0.2, 0, -0.2), SIMILAR, MARGIN));
        assertThat(c.evidence().interval().within(1)).isTrue();
        assertThat(c.verdict()).isEqualTo(Verdict.REPRODUCED);
    }

    @Test
    void similarIsNotReproducedWhenTheIntervalLiesWhollyBeyondTheMargin() {
        assertThat(only(judge(aAboveB(3, 3.2, 2.9, 3.1, 3), SIMILAR, MARGIN)).verdict())
                .isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(only(judge(aAboveB(-3, -3.2, -2.9, -3.1, -3), SIMILAR, MARGIN)).verdict())
                .isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void similarIsInconclusiveWhenTheIntervalStraddlesTheMargin() {
        // the worked example of docs/statistics.md: +0.70, +1.00, +1.30, 90% interval [+0.494, +1.506]
        Judge.Comparison c = only(judge(aAboveB(0.7, 1.0, 1.3), SIMILAR, MARGIN));
        assertThat(c.evidence().interval().low()).isCloseTo(0.494, within(5e-4));
        assertThat(c.evidence().interval().high()).isCloseTo(1.506, within(5e-4));
        assertThat(c.evidence().pFor()).isCloseTo(0.5, within(1e-3));
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.seedsNeeded()).startsWith("none: the observed mean sits on the margin");
        // +0.20, +0.50, +0.80: TOST p 0.051, 4 seeds to show equivalence
        Judge.Comparison near = only(judge(aAboveB(0.2, 0.5, 0.8), SIMILAR, MARGIN));
        assertThat(near.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(near.seedsNeeded()).isEqualTo("reproduce: 4 seeds");
    }

    @Test
    void holmAdjustsEveryComparisonOfTheFileTogether() {
        List<ResultRow> rows = all(curve("a", "m", "x", above(0.6, 0.7, 1.0, 1.3)),
                curve("b", "m", "x", above(0.6, 0.5, 1.0, 1.5)), curve("c", "m", "x", above(0.6, 2, -1, 0.5)),
                curve("z", "m", "x", flat(0.6, 3)));
        String a = "a | a | better a/m z/m final";
        String b = "b | b | better b/m z/m final";
        String c = "c | c | better c/m z/m final";
        String delta = "    smallest-effect = 0: any gap";
        Judge.Comparison alone = only(judge(rows, b, delta));
        assertThat(alone.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(alone.adjustedPFor()).isEqualTo(alone.evidence().pFor());

        List<Judge.Judgement> family = judge(rows, a, delta, b, delta, c, delta);
        double[] pFor = family.stream().mapToDouble(j -> j.comparisons().get(0).evidence().pFor()).toArray();
        double[] pAgainst = family.stream().mapToDouble(j -> j.comparisons().get(0).evidence().pAgainst()).toArray();
        double[] holmFor = Holm.adjust(pFor);
        double[] holmAgainst = Holm.adjust(pAgainst);
        for (int i = 0; i < 3; i++) {
            assertThat(family.get(i).comparisons().get(0).adjustedPFor()).isEqualTo(holmFor[i]);
            assertThat(family.get(i).comparisons().get(0).adjustedPAgainst()).isEqualTo(holmAgainst[i]);
        }
        assertThat(pFor[0]).isCloseTo(0.0144, within(1e-4));
        assertThat(family.get(0).verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(family.get(1).comparisons().get(0).adjustedPFor()).isCloseTo(2 * pFor[1], within(1e-15));
        assertThat(family.get(1).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        // the seeds needed are at alpha / 3, the family's first Holm step
        Judge.Comparison b1 = family.get(1).comparisons().get(0);
        SeedsNeeded needed = SeedsNeeded.oneSided(b1.evidence().t().mean(), b1.evidence().t().sd(), 0.05 / 3);
        assertThat(b1.seedsNeeded()).isEqualTo("reproduce: " + needed.seeds() + " seeds");
        assertThat(needed.seeds()).isGreaterThan(
                SeedsNeeded.oneSided(b1.evidence().t().mean(), b1.evidence().t().sd(), 0.05).seeds());
    }

    @Test
    void aClaimPerSeedAveragesItsConfigurationsWithinEachSeed() {
        List<ResultRow> rows = all(curve("a", "m1", "x", above(0.6, 1, 2, 3)), curve("b", "m1", "x", flat(0.6, 3)),
                curve("a", "m2", "x", above(0.7, 3, 2, 1)), curve("b", "m2", "x", flat(0.7, 3)));
        Judge.Judgement j = judge(rows, BETTER.replace("a/m b/m", "a/* b/*"), DELTA, "    judged = per seed").get(0);
        Judge.Comparison c = j.comparisons().get(0);
        assertThat(c.configurations()).isEqualTo(2);
        assertThat(c.seeds()).hasSize(3);
        assertThat(c.evidence().t().sd()).isZero();
        assertThat(c.difference()).isCloseTo(2, within(1e-9));
        assertThat(j.byConfiguration().get("a/* vs b/*")).containsOnlyKeys("m1 / x", "m2 / x");

        Judge.Judgement each = judge(rows, BETTER.replace("a/m b/m", "a/* b/*"), DELTA,
                "    judged = per configuration").get(0);
        assertThat(each.comparisons()).extracting(Judge.Comparison::configuration).containsExactly("m1 / x", "m2 / x");
        assertThat(each.comparisons()).allMatch(k -> k.seeds().size() == 3 && k.configurations() == 1);
        double[] holm = Holm.adjust(each.comparisons().stream().mapToDouble(k -> k.evidence().pFor()).toArray());
        assertThat(each.comparisons().get(0).adjustedPFor()).isEqualTo(holm[0]);
    }

    @Test
    void aSeedMissingInOneConfigurationLeavesTheSeedMeansAndIsSaid() {
        List<ResultRow> rows = all(curve("a", "m1", "x", above(0.6, 1, 2, 3)), curve("b", "m1", "x", flat(0.6, 3)),
                curve("a", "m2", "x", above(0.7, 3, 2)), curve("b", "m2", "x", flat(0.7, 2)));
        Judge.Judgement j = judge(rows, BETTER.replace("a/m b/m", "a/* b/*"), DELTA, "    judged = per seed").get(0);
        assertThat(j.comparisons().get(0).seeds()).containsExactly(0, 1);
        assertThat(j.notes()).anyMatch(n -> n.contains("seed [2] left out"));
    }

    @Test
    void identicalConfigurationsCountOnceAndACellIsNotComparedWithItself() {
        // r's m1 and m2 are one curve on every seed, on both partitions (as Random under F-AL and S-AL)
        List<ResultRow> rows = all(curve("r", "m1", "x", 0.60, 0.61, 0.62), curve("r", "m2", "x", 0.60, 0.61, 0.62),
                curve("r", "m1", "y", 0.58, 0.60, 0.61), curve("r", "m2", "y", 0.58, 0.60, 0.61),
                curve("s", "m1", "x", 0.70, 0.71, 0.72), curve("s", "m2", "x", 0.66, 0.67, 0.66),
                curve("s", "m1", "y", 0.69, 0.70, 0.72), curve("s", "m2", "y", 0.65, 0.66, 0.67));
        Judge.Judgement splits = judge(rows, "c | splits | similar */*@x */*@y final", MARGIN,
                "    judged = per seed").get(0);
        assertThat(splits.comparisons().get(0).configurations()).isEqualTo(3);
        assertThat(splits.notes()).singleElement().asString().contains("counted once r / m1 = r / m2");

        Judge.Judgement modes = judge(rows, "c | modes | similar */m1 */m2 final", MARGIN, "    judged = per seed")
                .get(0);
        assertThat(modes.comparisons().get(0).configurations()).isEqualTo(2);
        assertThat(modes.byConfiguration().get("*/m1 vs */m2")).containsOnlyKeys("s / x", "s / y");
        assertThat(modes.notes()).singleElement().asString().contains("left out r / x, r / y");

        assertThat(Pairing.identicalCells(Judge.finishedCurves(rows).values()))
                .containsExactly(List.of("r / m1 / x", "r / m2 / x"), List.of("r / m1 / y", "r / m2 / y"));
    }

    @Test
    void aWildcardOverModesLeavesTheBoundsOutAndNamingThemBringsThemIn() {
        List<ResultRow> rows = all(curve("a", "m", "x", 0.80, 0.81, 0.79), curve("b", "m", "x", 0.70, 0.72, 0.71),
                curve("a", "centralized", "x", 0.90, 0.91, 0.92), curve("b", "centralized", "x", 0.90, 0.91, 0.92),
                curve("a", "client-alone", "x", 0.30, 0.31, 0.32), curve("b", "client-alone", "x", 0.50, 0.52, 0.51));
        Judge.Judgement wild = judge(rows, "c | c | better a/* b/* final", DELTA, "    judged = per seed").get(0);
        assertThat(wild.comparisons().get(0).configurations()).isEqualTo(1);
        assertThat(wild.comparisons().get(0).configuration()).isEqualTo("m / x");
        assertThat(wild.verdict()).isEqualTo(Verdict.REPRODUCED);
        Judge.Judgement named = judge(rows, "c | c | better a/m|client-alone b/m|client-alone final", DELTA,
                "    judged = per seed").get(0);
        assertThat(named.comparisons().get(0).configurations()).isEqualTo(2);
        assertThat(judge(rows, "c | c | better a/client-alone b/client-alone final", DELTA).get(0).verdict())
                .isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void aClaimOverArmsTheRunLacksIsNotRunAndAFailedCellIsLeftOut() {
        List<ResultRow> rows = all(curve("a", "m", "x", 0.7, 0.8, 0.75), curve("b", "m", "x", 0.6, 0.7, 0.65));
        rows.set(3, new ResultRow("p", "d", "x", "a", "m", 1, 1, 20, 0.2, 0.8, 0.8, 0.8, "out of memory"));
        Judge.Judgement j = judge(rows, "c | a claim | best a/m over b/m z/m final", DELTA).get(0);
        assertThat(j.verdict()).isEqualTo(Verdict.NOT_RUN);
        assertThat(j.notes()).anyMatch(n -> n.contains("a/m vs z/m: no cells paired"));
        assertThat(j.comparisons().get(0).seeds()).containsExactly(0, 2);
        assertThat(j.comparisons().get(1).verdict()).isEqualTo(Verdict.NOT_RUN);
    }

    @Test
    void oneSeedIsInconclusiveAndLeftOutOfTheFamily() {
        Judge.Comparison c = only(judge(aAboveB(5), BETTER, DELTA));
        assertThat(c.evidence()).isNull();
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.seedsNeeded()).contains("at least 2 seeds");
    }

    @Test
    void anOrderIsJudgedPairByPairAndTheWorstVerdictWins() {
        List<ResultRow> rows = all(curve("a", "m", "x", 0.90, 0.91, 0.92, 0.90),
                curve("b", "m", "x", 0.80, 0.82, 0.81, 0.80), curve("c", "m", "x", 0.85, 0.86, 0.84, 0.86));
        Judge.Judgement j = judge(rows, "c | a claim | order a/m > b/m > c/m final", DELTA).get(0);
        assertThat(j.comparisons()).extracting(Judge.Comparison::verdict)
                .containsExactly(Verdict.REPRODUCED, Verdict.NOT_REPRODUCED);
        assertThat(j.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    }
}
