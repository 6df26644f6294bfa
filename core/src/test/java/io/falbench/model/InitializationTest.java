package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PyTorch's default initialisation and CHASe's xavier-normal one on CNN4Conv at 32x32x3, checked against the bounds and
 * moments they imply.
 */
class InitializationTest {

    private static Weights initial(Initialization initialization, long seed) {
        NetworkSpec spec = new NetworkSpec(Architecture.CNN4CONV, 3, 32, 32, 10, Normalization.NONE, initialization);
        try (Network network = Network.create(spec, seed)) {
            return network.weights();
        }
    }

    private static float[] named(Weights weights, String suffix, int length) {
        for (int i = 0; i < weights.names().size(); i++) {
            if (weights.names().get(i).endsWith(suffix) && weights.values().get(i).length == length) {
                return weights.values().get(i);
            }
        }
        throw new AssertionError("no " + suffix + " of " + length + " values in " + weights.names());
    }

    @Test
    void convAndLinearWeightsAreUniformWithinOneOverRootFanInWithTheMomentsOfThatUniform() {
        Weights weights = initial(Initialization.PYTORCH, 11);
        // first conv: 64 x 3 x 3 x 3 (fan-in 27); later convs 64 x 64 x 3 x 3 (576); head 10 x 256 (256)
        for (int[] layer : List.of(new int[] {64 * 27, 27}, new int[] {64 * 576, 576}, new int[] {10 * 256, 256})) {
            float[] w = named(weights, "_weight", layer[0]);
            double bound = 1 / Math.sqrt(layer[1]);
            double mean = 0;
            double square = 0;
            for (float v : w) {
                assertThat(Math.abs(v)).isLessThanOrEqualTo((float) bound);
                mean += v;
                square += v * v;
            }
            mean /= w.length;
            double variance = square / w.length - mean * mean;
            assertThat(mean).as("mean, fan-in " + layer[1]).isCloseTo(0, within(4 * bound / Math.sqrt(3 * w.length)));
            assertThat(variance / (bound * bound / 3)).as("variance / (b^2/3), fan-in " + layer[1])
                    .isCloseTo(1, within(layer[0] > 10_000 ? 0.03 : 0.1));
        }
    }

    @Test
    void biasesFollowTheirLayersFanInBatchNormStartsAtOneAndZeroAndTheHeadBiasIsZero() {
        Weights weights = initial(Initialization.PYTORCH, 11);
        float[] convBias = named(weights, "_bias", 64);
        double bound = 1 / Math.sqrt(27);
        boolean anyNonZero = false;
        for (float v : convBias) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo((float) bound);
            anyNonZero |= v != 0;
        }
        assertThat(anyNonZero).isTrue();
        assertThat(named(weights, "_gamma", 64)).containsOnly(1f);
        assertThat(named(weights, "_beta", 64)).containsOnly(0f);
        assertThat(named(weights, "_bias", 10)).containsOnly(0f);
    }

    /** CHASe's init_model: xavier_normal_(w, gain 1), std sqrt(2 / (fan_in + fan_out)), and 0.01 biases. */
    @Test
    void xavierNormalWeightsHaveTheVarianceOfTheirFansAndEveryBiasIsAHundredth() {
        Weights weights = initial(Initialization.XAVIER_NORMAL, 11);
        // later convs 64 x 64 x 3 x 3: fan-in = fan-out = 576; head 10 x 256: 256 and 10
        for (int[] layer : List.of(new int[] {64 * 576, 576, 576}, new int[] {10 * 256, 256, 10})) {
            float[] w = named(weights, "_weight", layer[0]);
            double expected = 2.0 / (layer[1] + layer[2]);
            double mean = 0;
            double square = 0;
            for (float v : w) {
                mean += v;
                square += v * v;
            }
            mean /= w.length;
            double variance = square / w.length - mean * mean;
            assertThat(mean).isCloseTo(0, within(4 * Math.sqrt(expected / w.length)));
            assertThat(variance / expected).as("variance over 2 / (fan_in + fan_out), " + layer[0] + " weights")
                    .isCloseTo(1, within(layer[0] > 10_000 ? 0.03 : 0.1));
        }
        assertThat(named(weights, "_bias", 64)).containsOnly(0.01f);
        assertThat(named(weights, "_bias", 10)).containsOnly(0.01f);
        assertThat(named(weights, "_gamma", 64)).containsOnly(1f);
        assertThat(named(weights, "_beta", 64)).containsOnly(0f);
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndDjlsInitialisationIsAnotherDraw() {
        float[] a = named(initial(Initialization.PYTORCH, 5), "_weight", 64 * 576);
        float[] b = named(initial(Initialization.PYTORCH, 5), "_weight", 64 * 576);
        float[] djl = named(initial(Initialization.DJL, 5), "_weight", 64 * 576);
        assertThat(a).containsExactly(b);
        double bound = 1 / Math.sqrt(576);
        long outside = 0;
        for (float v : djl) {
            outside += Math.abs(v) > bound ? 1 : 0;
        }
        assertThat(outside).as("DJL's N(0, 2/fan_in) puts most weights beyond 1/sqrt(fan_in)").isGreaterThan(djl.length / 4);
    }
}
