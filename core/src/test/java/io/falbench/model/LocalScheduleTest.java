package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The local-only models' step schedule: by epochs (the intent of the reference) or by optimizer steps (its quirk). */
class LocalScheduleTest {

    /** 64 random 1x28x28 images, 4 batches of 16 per epoch; trains {@code epochs} epochs and returns the final lr. */
    private static float lrAfter(int epochs, LocalSchedule schedule) {
        SplittableRandom random = new SplittableRandom(3);
        float[] pixels = RandomImages.pixels(random, 64 * 28 * 28);
        int[] labels = IntStream.range(0, 64).map(i -> i % 10).toArray();
        ImageSet images = new ImageSet(pixels, labels, 1, 28, 28);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            LocalTrainer.trainToAccuracy(network, images, IntStream.range(0, 64).toArray(), labels,
                    new TrainingSettings(epochs, 16, 0.01f, 0.9f, 1e-5f, false), schedule, new AccuracyStop(1.01, false), random);
            return network.learningRate();
        }
    }

    @Test
    void byEpochsTheRateDropsFromTheMilestoneEpochOn() {
        LocalSchedule epochs = new LocalSchedule(3, 0.1f, false);
        assertThat(lrAfter(3, epochs)).isCloseTo(0.01f, within(1e-9f));
        assertThat(lrAfter(4, epochs)).isCloseTo(0.001f, within(1e-9f));
    }

    @Test
    void perOptimizerStepTheRateDropsAfterThatManyBatchesAsTheReferenceQuirk() {
        LocalSchedule steps = new LocalSchedule(3, 0.1f, true);
        assertThat(lrAfter(1, steps)).as("4 steps in one epoch").isCloseTo(0.001f, within(1e-9f));
        assertThat(lrAfter(1, new LocalSchedule(5, 0.1f, true))).isCloseTo(0.01f, within(1e-9f));
        assertThat(lrAfter(5, LocalSchedule.CONSTANT)).isCloseTo(0.01f, within(1e-9f));
    }
}
