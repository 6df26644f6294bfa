package io.falbench.kernels.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both shapes of the GEMM micro-kernel (a whole panel of 24 accumulators, for 32 vector registers; two halves of 12,
 * for 16) give every dot bit for bit as a fused multiply-add chain over d in order, so a machine's choice of shape
 * never changes a distance, an assignment or a selection.
 */
class PanelDotsTest {

    @ParameterizedTest(name = "{0} panels, dim {1}")
    @CsvSource({"1, 1", "1, 7", "2, 64", "3, 512", "2, 515"})
    void wholeAndHalfPanelsGiveTheOrderedFmaChainBitForBit(int panels, int dim) {
        assertThat(Simd.ENABLED).as("surefire runs with the Vector API").isTrue();
        SplittableRandom random = new SplittableRandom(31L * panels + dim);
        int centres = panels * PanelDots.WIDTH;
        int rows = 2 + PanelDots.ROWS;
        float[] x = gaussians(random, rows * dim);
        float[] c = gaussians(random, centres * dim);
        float[][] whole = new float[PanelDots.ROWS + 1][centres];
        float[][] halves = new float[PanelDots.ROWS + 1][centres];

        PanelDots.sixRowsWholePanels(x, 2, dim, PanelDots.pack(c, centres, dim, PanelDots.WIDTH), panels, whole, 1);
        PanelDots.sixRowsHalfPanels(x, 2, dim, PanelDots.pack(c, centres, dim, PanelDots.WIDTH / 2), panels, halves, 1);

        for (int r = 0; r < PanelDots.ROWS; r++) {
            float[] expected = new float[centres];
            for (int j = 0; j < centres; j++) {
                float sum = 0f;
                for (int d = 0; d < dim; d++) {
                    sum = Math.fma(c[j * dim + d], x[(2 + r) * dim + d], sum);
                }
                expected[j] = sum;
            }
            assertThat(whole[1 + r]).as("whole panels, row %d", r).containsExactly(expected);
            assertThat(halves[1 + r]).as("half panels, row %d", r).containsExactly(expected);
        }
        assertThat(whole[0]).as("rows before first untouched").containsOnly(0f);
        assertThat(halves[0]).as("rows before first untouched").containsOnly(0f);
    }

    private static float[] gaussians(SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) (random.nextGaussian() * 2);
        }
        return values;
    }
}
