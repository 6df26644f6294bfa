package io.falbench.mode.fairfal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.model.Predictions;
import io.falbench.strategy.Toy;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FairFAL's rules on hand-computed examples (docs/algorithms.md, FairFAL steps 2-10). */
class FairFalRulesTest {

    @Test
    void quotasGiveTheRemainderToTheLargestBucketsCapAndRedistributeLeftoversRoundRobin() {
        // b = 10, C = 4: base 2; remainder 2 -> buckets of 8 (class 3) and 5 (class 0): [3, 2, 2, 3];
        // class 1 has no candidates (absent locally): cap to 0, leftover 2 -> class 0 then class 3 (class 2 is full)
        assertThat(ClassQuotas.split(10, new int[] {5, 0, 2, 8})).containsExactly(4, 0, 2, 4);
        assertThat(ClassQuotas.split(3, new int[] {4, 4, 4, 4})).containsExactly(1, 1, 1, 0);
        assertThat(ClassQuotas.split(9, new int[] {1, 1, 1})).containsExactly(1, 1, 1);
        // b = 5: base 1, remainder 1 -> class 3: [1, 1, 1, 2]; class 1 capped to 0, leftover 1 goes to the largest
        // bucket with room first (class 3), as the reference's round-robin over classes ordered by bucket size
        assertThat(ClassQuotas.split(5, new int[] {5, 0, 2, 8})).containsExactly(1, 0, 1, 3);
    }

    @Test
    void imbalanceAndDivergenceAndTheModelChoiceMatchTheHandComputedValues() {
        double[] global = {0.5, 0.3, 0.2, 0.0};
        double[] local = {0.7, 0.2, 0.1, 0.0};
        boolean[] present = {true, true, true, false};
        assertThat(ModelChoice.imbalance(global, present)).isCloseTo(0.4, within(1e-12));
        double d = ModelChoice.divergence(global, local);
        assertThat(d).isCloseTo((0.2 / 1.2 + 0.1 / 0.5 + 0.1 / 0.3) / 4, within(1e-12));
        // 1 - (0.175 + 0.4) / 2 = 0.7125 <= 0.75: local;  1 - (0.175 + 0.2) / 2 = 0.8125 > 0.75: global
        assertThat(ModelChoice.useGlobal(d, 0.4, 0.75)).isFalse();
        assertThat(ModelChoice.useGlobal(d, 0.2, 0.75)).isTrue();
    }

    @Test
    void theProbeSetUpsamplesEveryPresentClassToTheLargest() {
        int[] labels = {0, 0, 0, 2};
        int[] probe = ProbeSet.positions(labels, 3, new SplittableRandom(1));
        assertThat(probe).hasSize(6);
        assertThat(java.util.Arrays.stream(probe).filter(i -> labels[i] == 2).count()).isEqualTo(3);
        Predictions p = Toy.predictions(new float[][] {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {0, 0, 1}},
                new float[][] {{1}, {1}, {1}, {1}});
        assertThat(ProbeSet.meanSoftmax(p, probe)).containsExactly(0.5, 0.0, 0.5);
    }

    @Test
    void pseudoLabelsFollowTheNearestPrototypeOfALocallyPresentClass() {
        Predictions labelled = Toy.predictions(new float[][] {{1, 0, 0}, {1, 0, 0}, {0, 0, 1}},
                new float[][] {{1, 0}, {2, 0.2f}, {0, 1}});
        Prototypes prototypes = Prototypes.of(labelled, new int[] {0, 0, 2}, 3);
        assertThat(prototypes.present(1)).isFalse();
        Predictions candidates = Toy.predictions(new float[][] {{0, 1, 0}, {0, 1, 0}},
                new float[][] {{5, 0.5f}, {0.1f, 3}});
        assertThat(prototypes.pseudoLabels(candidates)).containsExactly(0, 2);
    }

    @Test
    void theQueryModelOptionKeepsForcesOrReversesTheRulesChoice() {
        for (boolean rule : new boolean[] {true, false}) {
            assertThat(QueryModel.ADAPTIVE.useGlobal(rule)).isEqualTo(rule);
            assertThat(QueryModel.OPPOSITE.useGlobal(rule)).isEqualTo(!rule);
            assertThat(QueryModel.GLOBAL.useGlobal(rule)).isTrue();
            assertThat(QueryModel.LOCAL.useGlobal(rule)).isFalse();
        }
    }
}
