package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** KAFAL's per-client optimiser: momentum kept between a client's local trainings. */
class MomentumMemoryTest {

    private static final ImageSet IMAGES = RandomImages.of(5, 32, i -> i % 10);

    /** One local training of one step (batch = all 32 samples) from {@code start}, with or without memory. */
    private static float[] trainOnce(Network network, Weights start, float momentum, MomentumMemory memory) {
        network.setWeights(start);
        int[] indices = IntStream.range(0, 32).toArray();
        LocalTrainer.train(network, IMAGES, indices, IMAGES.labels(),
                new TrainingSettings(1, 32, 0.1f, momentum, 0f, false), new SplittableRandom(1),
                LocalObjective.CROSS_ENTROPY, LocalSchedule.CONSTANT, memory);
        return network.weights().values().get(0);
    }

    @Test
    void aCarriedBufferAddsMomentumTimesTheLastStepToTheNextFirstStep() {
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 3)) {
            Weights start = network.weights();
            float[] w0 = start.values().get(0);
            MomentumMemory memory = new MomentumMemory();
            float[] first = trainOnce(network, start, 0.9f, memory);
            assertThat(memory.isEmpty()).isFalse();
            // the same training from the same start: fresh gives the same weights, carried memory moves further by
            // lr x momentum x b1 where b1 = (w0 - first) / lr is the first training's only step
            float[] fresh = trainOnce(network, start, 0.9f, null);
            float[] carried = trainOnce(network, start, 0.9f, memory);
            assertThat(fresh).isEqualTo(first);
            for (int i = 0; i < w0.length; i += 97) {
                float step = w0[i] - first[i];
                assertThat(w0[i] - carried[i]).as("parameter %d", i)
                        .isCloseTo(step + 0.9f * step, org.assertj.core.data.Offset.offset(1e-5f + 1e-3f * Math.abs(step)));
            }
            memory.clear();
            assertThat(trainOnce(network, start, 0.9f, memory)).isEqualTo(first);
        }
    }
}
