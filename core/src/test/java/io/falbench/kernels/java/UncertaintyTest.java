package io.falbench.kernels.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import org.junit.jupiter.api.Test;

class UncertaintyTest {

    private final float[] p = {0.7f, 0.2f, 0.1f, 1f, 0f, 0f};
    private final Kernels java = new JavaKernels();

    @Test
    void marginIsOneMinusTheGapBetweenTheTwoLargestProbabilities() {
        assertThat(java.uncertainty(p, 2, 3, Uncertainty.MARGIN)).containsExactly(new float[]{0.5f, 0f}, offset(1e-6f));
    }

    @Test
    void leastConfidenceIsOneMinusTheLargestProbability() {
        assertThat(java.uncertainty(p, 2, 3, Uncertainty.LEAST_CONFIDENCE)).containsExactly(new float[]{0.3f, 0f}, offset(1e-6f));
    }

    @Test
    void entropyIsNormalisedByLogCAndZeroForACertainRow() {
        double expected = -(0.7 * Math.log(0.7) + 0.2 * Math.log(0.2) + 0.1 * Math.log(0.1)) / Math.log(3);
        assertThat(java.uncertainty(p, 2, 3, Uncertainty.ENTROPY)).containsExactly(new float[]{(float) expected, 0f}, offset(1e-6f));
        assertThat(java.uncertainty(new float[]{1f / 3, 1f / 3, 1f / 3}, 1, 3, Uncertainty.ENTROPY)[0]).isCloseTo(1f, offset(1e-6f));
    }
}
