package io.falbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.reports.results.ResultRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveMetricTest {

    private static ResultRow row(int round, int labelled, double accuracy) {
        return new ResultRow("p", "cifar10", "dir-balance:0.1", "random", "f-al", 2, round, labelled,
                labelled / 17023.0, accuracy, accuracy, accuracy, "");
    }

    /** FairFAL's CIFAR-10-LT budgets: 850 a round of 17,023 images, so 45% labelled is 7,650 = 44.94%. */
    private static final List<ResultRow> CURVE = List.of(row(0, 850, 0.30), row(1, 1700, 0.35), row(2, 2550, 0.40),
            row(3, 3400, 0.45), row(4, 4250, 0.50));

    @Test
    void accuracyAtAPointIsTheRoundNearestThatLabelledShare() {
        assertThat(CurveMetric.parse("accuracy@15%").of(CURVE)).isEqualTo(0.40);
        assertThat(CurveMetric.parse("Accuracy@25%").of(CURVE)).isEqualTo(0.50);
        assertThat(CurveMetric.parse("accuracy@5%").of(CURVE)).isEqualTo(0.30);
        assertThat(CurveMetric.parse("accuracy@15%")).isEqualTo(CurveMetric.accuracyAt(0.15));
    }

    @Test
    void aCurveThatStopsShortOfThePointHasNone() {
        CurveMetric at45 = CurveMetric.parse("accuracy@45%");
        assertThat(at45.definedOn(CURVE)).isFalse();
        assertThat(CurveMetric.FINAL.definedOn(CURVE)).isTrue();
        assertThatThrownBy(() -> at45.of(CURVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("random/f-al seed 2 has no AL round at 45% labelled")
                .hasMessageContaining("end at 24.966%");
        // between two rounds, more than half a point from either: none
        assertThat(CurveMetric.parse("accuracy@12.5%").definedOn(CURVE)).isFalse();
    }

    @Test
    void labelsRoundTripAndBadNamesSayHowToWriteThem() {
        for (String name : List.of("aulc", "final", "balanced-final", "corrupted-share", "accuracy@45%",
                "accuracy@0.5%")) {
            assertThat(CurveMetric.parse(name).label()).isEqualTo(name);
        }
        assertThat(CurveMetric.FINAL.isAccuracy()).isTrue();
        assertThat(CurveMetric.accuracyAt(0.25).isAccuracy()).isTrue();
        assertThat(CurveMetric.CORRUPTED_SHARE.isAccuracy()).isFalse();
        assertThatThrownBy(() -> CurveMetric.parse("accuracy@half")).hasMessageContaining("accuracy@25%");
        assertThatThrownBy(() -> CurveMetric.parse("accuracy@150%")).hasMessageContaining("(0%, 100%]");
        assertThatThrownBy(() -> CurveMetric.parse("auc")).hasMessageContaining("accuracy@P%");
    }
}
