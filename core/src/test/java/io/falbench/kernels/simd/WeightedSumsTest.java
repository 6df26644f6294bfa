package io.falbench.kernels.simd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vector accumulation of weighted sums gives the scalar loop's doubles bit for bit, tails included. */
class WeightedSumsTest {

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {1, 7, 8, 13, 64, 515})
    void addScaledEqualsTheScalarLoopBitForBit(int length) {
        assertThat(Simd.ENABLED).as("surefire runs with the Vector API").isTrue();
        SplittableRandom random = new SplittableRandom(length);
        float[] x = new float[length + 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextGaussian() * 3);
        }
        double[] vector = new double[length + 3];
        double[] scalar = new double[length + 3];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = scalar[i] = random.nextGaussian();
        }
        for (int step = 0; step < 20; step++) {
            double w = (float) random.nextDouble();
            WeightedSums.addScaled(vector, 3, w, x, 5, length);
            for (int d = 0; d < length; d++) {
                scalar[3 + d] += w * x[5 + d];
            }
        }
        assertThat(vector).containsExactly(scalar);
    }
}
