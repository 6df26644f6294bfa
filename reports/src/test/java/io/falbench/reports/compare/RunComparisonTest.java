package io.falbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.reports.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

    private static ResultRow row(String strategy, int seed, int round, double fraction, double accuracy) {
        return new ResultRow("p", "d", "homogeneous", strategy, "f-al", seed, round, (int) (1000 * fraction),
                fraction, accuracy, accuracy, accuracy, "");
    }

    /** Two strategies x 5 seeds, 3 AL rounds each; {@code shift} added to margin's accuracies. */
    private static List<ResultRow> run(double shift) {
        List<ResultRow> rows = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            double noise = 0.01 * ((seed * 7) % 5);
            rows.add(row("random", seed, 0, 0.1, 0.50 + noise));
            rows.add(row("random", seed, 1, 0.2, 0.60 + noise));
            rows.add(row("random", seed, 2, 0.4, 0.90 + noise));
            rows.add(row("margin", seed, 0, 0.1, 0.52 + noise + shift));
            rows.add(row("margin", seed, 1, 0.2, 0.66 + noise + shift));
            rows.add(row("margin", seed, 2, 0.4, 0.92 + noise + shift));
        }
        return rows;
    }

    @Test
    void aulcIsTheTrapezoidAreaOverTheSpannedFractionAndFinalTheLastAccuracy() {
        // (0.1 x (0.5 + 0.6) / 2 + 0.2 x (0.6 + 0.9) / 2) / 0.3 = 0.205 / 0.3
        List<ResultRow> curve = List.of(row("r", 0, 0, 0.1, 0.5), row("r", 0, 1, 0.2, 0.6), row("r", 0, 2, 0.4, 0.9));
        assertThat(CurveMetric.AULC.of(curve)).isCloseTo(0.205 / 0.3, within(1e-12));
        assertThat(CurveMetric.FINAL.of(curve)).isEqualTo(0.9);
        assertThat(CurveMetric.AULC.of(List.of(curve.get(0)))).isEqualTo(0.5);
    }

    @Test
    void identicalRunsDifferByNothingAndPass() {
        RunComparison same = RunComparison.of(run(0), run(0), CurveMetric.AULC);
        assertThat(same.arms()).hasSize(2);
        for (RunComparison.Arm arm : same.arms()) {
            assertThat(arm.difference().meanDifference()).isZero();
            assertThat(arm.difference().wilcoxonP()).isEqualTo(1);
        }
        assertThat(same.fails(0, false)).isFalse();
        assertThat(same.unpaired()).isEmpty();
        assertThat(same.markdown(0, false)).contains("2 arms compared").contains("5 per arm");
    }

    @Test
    void aThreePointDropFailsAOnePointGateButNotAFivePointOne() {
        RunComparison worse = RunComparison.of(run(0), run(-0.03), CurveMetric.FINAL);
        RunComparison.Arm margin = worse.arms().stream().filter(a -> a.name().contains("margin")).findFirst()
                .orElseThrow();
        assertThat(margin.difference().meanDifference()).isCloseTo(-0.03, within(1e-12));
        assertThat(margin.difference().ciLow()).isCloseTo(-0.03, within(1e-12));
        // 0.52 + noise - 0.03 - (0.52 + noise) differs in the last bits from seed to seed: that is no spread
        assertThat(margin.difference().ciHigh()).isEqualTo(margin.difference().ciLow());
        assertThat(margin.difference().pairedTP()).isZero();
        assertThat(worse.regressions(1.0)).extracting(RunComparison.Arm::name).containsExactly(margin.name());
        assertThat(worse.fails(1.0, true)).isTrue();
        assertThat(worse.fails(5.0, false)).isFalse();
        assertThat(worse.markdown(1.0, false)).contains("REGRESSION").contains("-3.00").contains("[-3.00, -3.00]");
    }

    @Test
    void pairedTestsSeeAConsistentSmallGainThatSeedNoiseHides() {
        List<ResultRow> better = new ArrayList<>();
        for (ResultRow r : run(0)) {
            double gain = r.strategy().equals("margin") ? 0.005 + 0.001 * r.seed() : 0;
            better.add(row(r.strategy(), r.seed(), r.round(), r.labelledFraction(), r.accuracy() + gain));
        }
        PairedDifference d = RunComparison.of(run(0), better, CurveMetric.FINAL).arms().stream()
                .filter(a -> a.name().contains("margin")).findFirst().orElseThrow().difference();
        // differences 0.005 .. 0.009 on all 5 seeds: the exact Wilcoxon p is 2/32, the paired t's far smaller
        assertThat(d.wilcoxonP()).isCloseTo(2.0 / 32, within(1e-9));
        assertThat(d.pairedTP()).isLessThan(0.001);
        assertThat(d.ciLow()).isGreaterThan(0);
        assertThat(d.effectSize()).isGreaterThan(4);
    }

    @Test
    void theIntervalIsThePairedTIntervalAndHolmAdjustsOverTheArms() {
        List<ResultRow> moved = new ArrayList<>();
        for (ResultRow r : run(0)) {
            double shift = r.strategy().equals("margin") ? new double[] {0.007, 0.010, 0.013, 0.010, 0.010}[r.seed()]
                    : new double[] {0.002, 0.005, 0.008, 0.005, 0.005}[r.seed()];
            moved.add(row(r.strategy(), r.seed(), r.round(), r.labelledFraction(), r.accuracy() + shift));
        }
        RunComparison comparison = RunComparison.of(run(0), moved, CurveMetric.FINAL);
        // differences 0.7, 1.0, 1.3, 1.0, 1.0 points: mean 1.0, s.d. sqrt(0.045) = 0.2121, t_{0.975, 4} = 2.7764
        PairedDifference margin = comparison.arms().get(0).difference();
        assertThat(comparison.arms().get(0).name()).contains("margin");
        double half = 2.7764451051977987 * Math.sqrt(0.045e-4) / Math.sqrt(5);
        assertThat(margin.ciLow()).isCloseTo(0.01 - half, within(1e-9));
        assertThat(margin.ciHigh()).isCloseTo(0.01 + half, within(1e-9));
        assertThat(margin.effectSize()).isCloseTo(0.01 / Math.sqrt(0.045e-4), within(1e-6));
        double[] p = comparison.arms().stream().mapToDouble(a -> a.difference().pairedTP()).toArray();
        double[] holm = comparison.arms().stream().mapToDouble(RunComparison.Arm::holmP).toArray();
        // two arms: the smaller p doubled, the larger kept (at least the first)
        int small = p[0] < p[1] ? 0 : 1;
        assertThat(holm[small]).isCloseTo(2 * p[small], within(1e-15));
        assertThat(holm[1 - small]).isEqualTo(Math.max(p[1 - small], holm[small]));
    }

    @Test
    void aMissingArmOrSeedOrAFailedCellIsUnpairedAndFailsTheGateUnlessAllowed() {
        List<ResultRow> partial = new ArrayList<>(run(0).stream().filter(r -> r.strategy().equals("random")).toList());
        RunComparison missing = RunComparison.of(run(0), partial, CurveMetric.AULC);
        assertThat(missing.unpaired()).extracting(Object::toString).containsExactly(
                "d / homogeneous / margin / f-al: missing from the new run (the other run has seeds [0, 1, 2, 3, 4])");
        assertThat(missing.fails(100, false)).isTrue();
        assertThat(missing.fails(100, true)).isFalse();
        RunComparison extraArm = RunComparison.of(partial, run(0), CurveMetric.AULC);
        assertThat(extraArm.unpaired()).extracting(RunComparison.Unpaired::why)
                .containsExactly("missing from the baseline (the other run has seeds [0, 1, 2, 3, 4])");
        assertThat(extraArm.fails(100, false)).isTrue();

        List<ResultRow> lostSeed = run(0).stream().filter(r -> r.seed() != 2).toList();
        RunComparison lost = RunComparison.of(run(0), lostSeed, CurveMetric.AULC);
        assertThat(lost.unpaired()).extracting(Object::toString).containsExactly(
                "d / homogeneous / margin / f-al: seed 2 missing from the new run",
                "d / homogeneous / random / f-al: seed 2 missing from the new run");
        assertThat(lost.arms()).allMatch(a -> a.difference().pairs() == 4);
        assertThat(lost.fails(100, false)).isTrue();
        assertThat(lost.fails(100, true)).isFalse();
        assertThat(lost.markdown(100, false)).contains("MISSING").contains("- d / homogeneous / random / f-al: seed 2");
        assertThat(lost.markdown(100, true)).contains("allowed by --allow-missing");
        assertThat(RunComparison.of(lostSeed, run(0), CurveMetric.AULC).unpaired())
                .allMatch(u -> u.why().equals("seed 2 missing from the baseline"));

        List<ResultRow> failed = new ArrayList<>(run(0));
        failed.add(new ResultRow("p", "d", "homogeneous", "margin", "f-al", 4, 3, 500, 0.5, 0.1, 0.1, 0.1,
                "non-finite loss"));
        RunComparison fewer = RunComparison.of(run(0), failed, CurveMetric.AULC);
        assertThat(fewer.arms().stream().filter(a -> a.name().contains("margin")).findFirst().orElseThrow()
                .difference().pairs()).isEqualTo(4);
        assertThat(fewer.unpaired()).extracting(Object::toString).containsExactly(
                "d / homogeneous / margin / f-al: seed 4 failed in the new run (non-finite loss)");
        assertThat(fewer.fails(100, false)).isTrue();
    }

    @Test
    void oneSeedHasADifferenceButNoTInterval() {
        List<ResultRow> one = run(0).stream().filter(r -> r.seed() == 0).toList();
        PairedDifference d = RunComparison.of(one, one, CurveMetric.FINAL).arms().get(0).difference();
        assertThat(d.pairs()).isEqualTo(1);
        assertThat(d.meanDifference()).isZero();
        assertThat(d.ciLow()).isNaN();
        assertThat(d.pairedTP()).isNaN();
        assertThat(d.wilcoxonP()).isEqualTo(1);
        assertThat(RunComparison.of(one, one, CurveMetric.FINAL).markdown(1, false)).contains("n/a (one seed)");
    }
}
