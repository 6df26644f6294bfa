package io.falbench.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.kernels.fixtures.MaterialisedGradients;
import io.falbench.kernels.fixtures.SyntheticInputs;
import io.falbench.kernels.java.JavaKernels;
import org.junit.jupiter.api.Test;

class GradientEmbeddingsTest {

    private final SyntheticInputs inputs = new SyntheticInputs(60, 7, 24, 11);
    private final GradientEmbeddings g = inputs.gradients();
    private final MaterialisedGradients reference = new MaterialisedGradients(g);

    @Test
    void residualIsProbabilityMinusOneHotOfThePredictedClass() {
        float[] p = {0.1f, 0.7f, 0.2f};
        GradientEmbeddings one = GradientEmbeddings.fromProbabilities(p, new float[]{1f, 2f}, 1, 3, 2);
        assertThat(one.residuals()).containsExactly(0.1f, 0.7f - 1f, 0.2f);
    }

    @Test
    void factorisedNormsEqualMaterialisedNormsTo1e5Relative() {
        float[] norms = new JavaKernels().gradientSquaredNorms(g);
        for (int i = 0; i < g.size(); i++) {
            double expected = reference.squaredNorm(i);
            assertThat((double) norms[i]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5 * expected + 1e-12));
        }
    }

    /** Tolerance: 1e-5 relative to ||g_i||^2 + ||g_j||^2, the size of the terms the factorised form cancels. */
    @Test
    void factorisedDistancesEqualMaterialisedDistancesTo1e5Relative() {
        GradientEmbeddings anchors = new SyntheticInputs(15, 7, 24, 12).labelledGradients();
        MaterialisedGradients anchorReference = new MaterialisedGradients(anchors);
        float[] distances = new JavaKernels().gradientDistances(g, anchors);
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < anchors.size(); j++) {
                double expected = MaterialisedGradients.squaredDistance(reference, i, anchorReference, j);
                double scale = reference.squaredNorm(i) + anchorReference.squaredNorm(j);
                assertThat(Math.abs(distances[i * anchors.size() + j] - expected)).isLessThanOrEqualTo(1e-5 * scale);
            }
        }
    }

    @Test
    void aMismatchedShapeIsRejectedWithBothSizes() {
        assertThatThrownBy(() -> new GradientEmbeddings(2, 3, 4, new float[5], new float[8]))
                .hasMessageContaining("n*C=6").hasMessageContaining("got 5");
    }
}
