package io.falbench.datasets.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.datasets.image.ImageSet;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ShotNoiseTest {

    private static ImageSet mid(int images) {
        SplittableRandom random = new SplittableRandom(7);
        float[] pixels = new float[images * 3 * 8 * 8];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) Math.floor((0.2 + 0.6 * random.nextDouble()) * 255) / 255f;
        }
        return new ImageSet(pixels, new int[images], 3, 8, 8);
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(float[] v) {
        double m = mean(v);
        double s = 0;
        for (float x : v) {
            s += (x - m) * (x - m);
        }
        return s / v.length;
    }

    @Test
    void theMeanIsKeptAndTheVarianceGrowsWithSeverity() {
        ImageSet clean = mid(200);
        double previous = variance(clean.pixels());
        for (int severity = 1; severity <= 5; severity++) {
            float[] noisy = ShotNoise.apply(clean, severity, 11).pixels();
            // truncation to uint8 lowers the mean by about half a grey level
            assertThat(mean(noisy)).isCloseTo(mean(clean.pixels()), within(0.01));
            double variance = variance(noisy);
            assertThat(variance).as("variance at severity %d", severity).isGreaterThan(previous);
            previous = variance;
        }
    }

    @Test
    void noisyPixelsStayInTheUnitIntervalOnTheUint8Grid() {
        float[] noisy = ShotNoise.apply(mid(20), 5, 3).pixels();
        for (float x : noisy) {
            assertThat(x).isBetween(0f, 1f);
            assertThat(x * 255f).isCloseTo(Math.round(x * 255f), within(1e-3f));
        }
    }

    @Test
    void theSameSeedGivesTheSameNoise() {
        ImageSet clean = mid(5);
        assertThat(ShotNoise.apply(clean, 3, 9).pixels()).containsExactly(ShotNoise.apply(clean, 3, 9).pixels());
        assertThat(ShotNoise.apply(clean, 3, 9).pixels()).isNotEqualTo(ShotNoise.apply(clean, 3, 10).pixels());
    }

    @Test
    void poissonDrawsHaveTheirMeanAsVarianceOnBothSamplers() {
        // Commons RNG draws a mean below 40 with its small-mean sampler, 40 and above with its large-mean one
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(1L);
        for (double lambda : new double[] {3.0, 20.0, 40.0, 400.0}) {
            DiscreteSampler poisson = ShotNoise.poisson(lambda, random);
            int n = 200_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                long k = poisson.sample();
                sum += k;
                sumSq += (double) k * k;
            }
            double mean = sum / n;
            double variance = sumSq / n - mean * mean;
            assertThat(mean).as("mean at %s", lambda).isCloseTo(lambda, within(lambda * 0.01 + 0.02));
            assertThat(variance).as("variance at %s", lambda).isCloseTo(lambda, within(lambda * 0.03 + 0.05));
        }
        assertThat(ShotNoise.poisson(0.0, random).sample()).isZero();
    }

    @Test
    void severityOutsideOneToFiveIsRejected() {
        assertThatThrownBy(() -> ShotNoise.apply(mid(1), 6, 0)).hasMessageContaining("severity must be 1..5");
    }
}
