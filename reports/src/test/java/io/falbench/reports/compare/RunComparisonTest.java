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
        assertThat(same.fails(0)).isFalse();
    }

    @Test
    void aThreePointDropFailsAOnePointGateButNotAFivePointOne() {
        RunComparison worse = RunComparison.of(run(0), run(-0.03), CurveMetric.FINAL);
        RunComparison.Arm margin = worse.arms().stream().filter(a -> a.name().contains("margin")).findFirst()
                .orElseThrow();
        assertThat(margin.difference().meanDifference()).isCloseTo(-0.03, within(1e-12));
        assertThat(margin.difference().ciLow()).isCloseTo(-0.03, within(1e-12));
        assertThat(worse.regressions(1.0)).extracting(RunComparison.Arm::name).containsExactly(margin.name());
        assertThat(worse.fails(1.0)).isTrue();
        assertThat(worse.fails(5.0)).isFalse();
        assertThat(worse.markdown(1.0)).contains("REGRESSION").contains("-3.00");
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
    void aMissingArmFailsTheGateAndFailedCellsAreLeftOut() {
        List<ResultRow> partial = new ArrayList<>(run(0).stream().filter(r -> r.strategy().equals("random")).toList());
        RunComparison missing = RunComparison.of(run(0), partial, CurveMetric.AULC);
        assertThat(missing.onlyInBaseline()).containsExactly("d / homogeneous / margin / f-al");
        assertThat(missing.fails(100)).isTrue();
        List<ResultRow> failed = new ArrayList<>(run(0));
        failed.add(new ResultRow("p", "d", "homogeneous", "margin", "f-al", 4, 3, 500, 0.5, 0.1, 0.1, 0.1,
                "non-finite loss"));
        RunComparison fewer = RunComparison.of(run(0), failed, CurveMetric.AULC);
        assertThat(fewer.arms().stream().filter(a -> a.name().contains("margin")).findFirst().orElseThrow()
                .difference().pairs()).isEqualTo(4);
        assertThat(fewer.notes()).anyMatch(n -> n.contains("4 seeds both sides finished"));
    }
}
