package io.falbench.kernels.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.fixtures.SyntheticInputs;
import org.junit.jupiter.api.Test;

class Bf16Test {

    @Test
    void roundingKeepsEightSignificantBitsToNearestEven() {
        assertThat(Bf16.decode(Bf16.round(1f))).isEqualTo(1f);
        assertThat(Bf16.decode(Bf16.round(1f + 1f / 512))).isEqualTo(1f);
        assertThat(Bf16.decode(Bf16.round(1f + 3f / 512))).isEqualTo(1f + 4f / 512);
        for (float v : new float[]{3.14159f, -2.71828f, 1e-3f, 12345.678f}) {
            assertThat(Math.abs(Bf16.decode(Bf16.round(v)) - v)).isLessThanOrEqualTo(Math.abs(v) / 256);
        }
    }

    @Test
    void packedDotEqualsTheDotOfTheRoundedValuesIncludingAnOddDimension() {
        float[] x = {0.5f, -1.25f, 3f, 0.1f, 7f};
        int[] packed = Bf16.pack(x, 1, 5);
        float[][] halves = Bf16.unpackRow(packed, 0, 3);
        assertThat(halves[0]).containsExactly(0.5f, 3f, 7f);
        assertThat(halves[1][2]).isZero();
        double expected = 0;
        for (float v : x) {
            expected += (double) Bf16.decode(Bf16.round(v)) * Bf16.decode(Bf16.round(v));
        }
        assertThat((double) Bf16.dot(packed, 0, halves[0], halves[1], 3)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    }

    /** The stated tolerance of java-bf16: after the same centres, |D_bf16 - D_float| <= 1e-2 (||g_x||^2 + ||g_c||^2). */
    @Test
    void bf16SeedingDistancesStayWithinOnePercentOfTheScaleOfTheFloatOnes() {
        SyntheticInputs inputs = new SyntheticInputs(1500, 10, 64, 51);
        GradientEmbeddings g = inputs.gradients();
        int[] centres = new JavaKernels().kMeansPlusPlus(g, 30, 3);
        float[] norms = g.squaredNorms();
        try (JavaGradientDistances exact = new JavaGradientDistances(g, GradientEmbeddings.empty(10, 64), false);
             JavaBf16GradientDistances narrow = new JavaBf16GradientDistances(g, GradientEmbeddings.empty(10, 64))) {
            for (int c : centres) {
                exact.addCentre(c);
                narrow.addCentre(c);
                float[] want = exact.distances();
                float[] got = narrow.distances();
                for (int i = 0; i < g.size(); i++) {
                    assertThat(Math.abs(got[i] - want[i])).isLessThanOrEqualTo(1e-2f * (norms[i] + norms[c]));
                }
            }
        }
        int[] narrowSelection = new JavaKernels(false, true).kMeansPlusPlus(g, 30, 3);
        assertThat(narrowSelection).doesNotHaveDuplicates().hasSize(30);
        assertThat(narrowSelection[0]).isEqualTo(centres[0]);
    }
}
