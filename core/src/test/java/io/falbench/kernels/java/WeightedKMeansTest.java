package io.falbench.kernels.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.kernels.fixtures.SyntheticInputs;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WeightedKMeansTest {

    private final SyntheticInputs inputs = new SyntheticInputs(400, 5, 12, 31);
    private final Embeddings points = inputs.features();
    private final Embeddings fixed = new Embeddings(3, 12, Arrays.copyOf(new SyntheticInputs(3, 5, 12, 32).features().values(), 36));
    private final float[] weights = new JavaKernels().uncertainty(inputs.probabilities(), 400, 5, Uncertainty.MARGIN);
    private final Kernels java = new JavaKernels();

    @Test
    void fixedCentresNeverMoveUnderLloyd() {
        KMeansResult result = java.weightedKMeans(points, weights, fixed, KMeansOptions.lloyd(6, 10, 3));
        assertThat(Arrays.copyOf(result.centres().values(), 36)).containsExactly(fixed.values());
        assertThat(result.centres().size()).isEqualTo(9);
        assertThat(result.iterations()).isEqualTo(10);
    }

    @Test
    void fixedCentresNeverMoveUnderMiniBatch() {
        KMeansResult result = java.weightedKMeans(points, weights, fixed, KMeansOptions.miniBatch(6, 30, 50, 3));
        assertThat(Arrays.copyOf(result.centres().values(), 36)).containsExactly(fixed.values());
    }

    @Test
    void everyPointIsAssignedToItsNearestCentreAndInertiaIsTheWeightedSum() {
        KMeansResult result = java.weightedKMeans(points, weights, fixed, KMeansOptions.lloyd(6, 5, 3));
        float[] c = result.centres().values();
        double inertia = 0;
        for (int i = 0; i < points.size(); i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < result.centres().size(); j++) {
                double d = 0;
                for (int t = 0; t < 12; t++) {
                    double diff = points.values()[i * 12 + t] - c[j * 12 + t];
                    d += diff * diff;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = j;
                }
            }
            assertThat(result.assignment()[i]).isEqualTo(best);
            inertia += weights[i] * bestDistance;
        }
        assertThat(result.inertia()).isCloseTo(inertia, org.assertj.core.data.Offset.offset(1e-3 * inertia));
    }

    @Test
    void lloydNeverIncreasesTheWeightedInertia() {
        double previous = Double.POSITIVE_INFINITY;
        for (int iterations = 1; iterations <= 6; iterations++) {
            double inertia = java.weightedKMeans(points, weights, fixed, KMeansOptions.lloyd(6, iterations, 3)).inertia();
            assertThat(inertia).isLessThanOrEqualTo(previous * (1 + 1e-6));
            previous = inertia;
        }
    }

    @Test
    void aFreeCentreIsTheWeightedMeanOfItsPoints() {
        Embeddings line = new Embeddings(3, 1, new float[]{0f, 1f, 10f});
        float[] w = {1f, 3f, 0f};
        float[] centres = {100f, 0f};
        WeightedKMeans.moveToWeightedMeans(line, w, new int[]{1, 1, 1}, centres, 1);
        assertThat(centres).containsExactly(100f, 0.75f);
    }

    @Test
    void initNeverDrawsAPointWithZeroWeightOrOneSittingOnAFixedCentre() {
        float[] w = new float[points.size()];
        Arrays.fill(w, 1f);
        w[5] = 0f;
        float[] onTop = points.row(7);
        KMeansResult result = java.weightedKMeans(points, w, new Embeddings(1, 12, onTop), KMeansOptions.lloyd(50, 0, 4));
        for (int j = 1; j < result.centres().size(); j++) {
            float[] centre = result.centres().row(j);
            assertThat(centre).isNotEqualTo(points.row(5)).isNotEqualTo(onTop);
        }
    }

    @Test
    void fromGivenCentresLloydStartsThereInsteadOfDrawing() {
        KMeansResult drawn = java.weightedKMeans(points, weights, fixed, KMeansOptions.lloyd(6, 0, 3));
        KMeansResult given = java.weightedKMeans(points, weights, fixed, drawn.freeCentres(), KMeansOptions.lloyd(6, 0, 99));
        assertThat(given.centres().values()).containsExactly(drawn.centres().values());
        KMeansResult continued = java.weightedKMeans(points, weights, fixed, drawn.freeCentres(), KMeansOptions.lloyd(6, 4, 99));
        assertThat(continued.centres().values()).containsExactly(java.weightedKMeans(points, weights, fixed, KMeansOptions.lloyd(6, 4, 3)).centres().values());
        assertThatThrownBy(() -> java.weightedKMeans(points, weights, fixed, Embeddings.empty(12), KMeansOptions.lloyd(6, 4, 3)))
                .hasMessageContaining("needs 6 of dim 12");
    }
}
