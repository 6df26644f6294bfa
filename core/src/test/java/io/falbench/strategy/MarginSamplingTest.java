package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.Predictions;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarginSamplingTest {

    @Test
    void marginPicksTheSamplesNearestTheDecisionBoundary() {
        float[] p = {
            0.98f, 0.01f, 0.01f,   // confident
            0.40f, 0.38f, 0.22f,   // margin 0.02: nearest the boundary
            0.70f, 0.20f, 0.10f,   // margin 0.5
            0.45f, 0.35f, 0.20f};  // margin 0.1
        Predictions predictions = new Predictions(p, new float[4], 4, 3, 1);
        int[] picks = StrategyRegistry.create("margin", KernelsRegistry.create("java"))
                .select(QueryInput.scored(new int[] {10, 11, 12, 13}, predictions), 2, new SplittableRandom(0));
        assertThat(picks).containsExactly(1, 3);
    }

    @Test
    void randomSamplingReturnsDistinctPositionsAndNeverMoreThanItHas() {
        int[] picks = new RandomSampling().select(QueryInput.unscored(new int[] {5, 6, 7}), 10, new SplittableRandom(1));
        assertThat(picks).hasSize(3).doesNotHaveDuplicates().containsOnly(0, 1, 2);
    }
}
