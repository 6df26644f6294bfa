package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * FedProx's proximal gradient and SCAFFOLD's correction within one local SGD step of a network with BatchNorm, checked
 * against the step worked out by hand from the plain step: w1 = w0 - lr (g + wd w0) without, w0 - lr (g + mu (w0 - a)
 * + wd w0) with the proximal term, w0 - lr (g + wd w0) - lr c with the correction.
 */
class DriftCorrectionTest {

    private static final float LR = 0.1f;
    private static final int SAMPLES = 8;
    private static final ImageSet IMAGES = RandomImages.of(5, SAMPLES, i -> i % 10);

    /** One local training of one step (one epoch, the whole set as one batch) from {@code start}. */
    private static LocalRun step(Network network, Weights start, DriftCorrection drift) {
        network.setWeights(start);
        return LocalTrainer.train(network, IMAGES, IntStream.range(0, SAMPLES).toArray(), IMAGES.labels(),
                new TrainingSettings(1, SAMPLES, LR, 0.9f, 1e-5f, false), new SplittableRandom(1),
                LocalObjective.CROSS_ENTROPY, LocalSchedule.CONSTANT, null, drift);
    }

    private static Offset<Float> near(double expected) {
        return Offset.offset((float) (2e-6 + 1e-5 * Math.abs(expected)));
    }

    @Test
    void theProximalTermAddsMuTimesTheDistanceToTheAnchorToTheGradientOfEveryTrainedParameterOnly() {
        float mu = 0.3f;
        try (Network network = Network.create(Architecture.CNN4CONV, 1, 28, 28, 10, 3);
             Network other = Network.create(Architecture.CNN4CONV, 1, 28, 28, 10, 4)) {
            Weights start = network.weights();
            Weights anchor = other.weights();
            LocalRun run = step(network, start, DriftCorrection.NONE);
            assertThat(run.steps()).isEqualTo(1);
            assertThat(run.learningRateSum()).isEqualTo(LR);
            Weights plain = network.weights();
            step(network, start, DriftCorrection.proximal(anchor, mu));
            Weights proximal = network.weights();
            List<String> trained = network.trainedParameters();
            assertThat(trained).hasSizeLessThan(start.names().size());
            for (int a = 0; a < start.names().size(); a++) {
                String name = start.names().get(a);
                float[] w0 = start.values().get(a);
                float[] anchored = anchor.values().get(a);
                float[] without = plain.values().get(a);
                float[] with = proximal.values().get(a);
                if (!trained.contains(name)) {
                    assertThat(with).as("%s: a running statistic gets no proximal term", name).isEqualTo(without);
                    continue;
                }
                for (int i = 0; i < w0.length; i += 17) {
                    double expected = without[i] - (double) LR * mu * ((double) w0[i] - anchored[i]);
                    assertThat(with[i]).as("%s[%d]", name, i).isCloseTo((float) expected, near(expected));
                }
            }
            step(network, start, DriftCorrection.proximal(anchor, 0));
            assertThat(network.weights().values()).as("mu = 0").containsExactlyElementsOf(plain.values());
        }
    }

    @Test
    void theCorrectionMovesEachArrayItNamesByMinusLrTimesItAfterTheStepRunningStatisticsIncluded() {
        try (Network network = Network.create(Architecture.CNN4CONV, 1, 28, 28, 10, 3)) {
            Weights start = network.weights();
            step(network, start, DriftCorrection.NONE);
            Weights plain = network.weights();
            String weight = network.trainedParameters().get(0);
            String statistic = start.names().stream().filter(n -> !network.trainedParameters().contains(n))
                    .findFirst().orElseThrow();
            float[] c1 = new float[start.valuesOf(weight).length];
            float[] c2 = new float[start.valuesOf(statistic).length];
            IntStream.range(0, c1.length).forEach(i -> c1[i] = 0.5f - 0.01f * (i % 100));
            IntStream.range(0, c2.length).forEach(i -> c2[i] = -2f + 0.25f * i);
            Weights correction = new Weights(List.of(weight, statistic), List.of(c1, c2));
            step(network, start, DriftCorrection.control(correction));
            Weights corrected = network.weights();
            for (int a = 0; a < start.names().size(); a++) {
                String name = start.names().get(a);
                float[] without = plain.values().get(a);
                float[] with = corrected.values().get(a);
                if (!correction.names().contains(name)) {
                    assertThat(with).as(name).isEqualTo(without);
                    continue;
                }
                float[] c = correction.valuesOf(name);
                for (int i = 0; i < with.length; i++) {
                    double expected = without[i] - (double) LR * c[i];
                    assertThat(with[i]).as("%s[%d]", name, i).isCloseTo((float) expected, near(expected));
                }
            }
            Weights unknown = new Weights(List.of("no-such-array"), List.of(new float[1]));
            assertThatThrownBy(() -> step(network, start, DriftCorrection.control(unknown)))
                    .hasMessageContaining("no-such-array");
        }
    }
}
