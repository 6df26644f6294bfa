package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.datasets.ImageSet;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void cifarPixelsAreNormalisedPerChannelWithTheReferenceConstants() {
        // one 3-channel 1x2 image: channel c holds (c/10, 0.5)
        float[] pixels = {0.0f, 0.5f, 0.1f, 0.5f, 0.2f, 0.5f};
        Normalization.reference("cifar10").apply(pixels, 3, 2);
        assertThat(pixels[0]).isCloseTo((0.0f - 0.485f) / 0.229f, within(1e-6f));
        assertThat(pixels[1]).isCloseTo((0.5f - 0.485f) / 0.229f, within(1e-6f));
        assertThat(pixels[2]).isCloseTo((0.1f - 0.456f) / 0.224f, within(1e-6f));
        assertThat(pixels[5]).isCloseTo((0.5f - 0.406f) / 0.225f, within(1e-6f));
    }

    @Test
    void fashionMnistUsesOneChannelsConstantsAndMnistStaysInZeroToOne() {
        float[] pixels = {0f, 1f};
        Normalization.reference("fashion-mnist").apply(pixels, 1, 2);
        assertThat(pixels[0]).isCloseTo(-0.286f / 0.353f, within(1e-6f));
        assertThat(pixels[1]).isCloseTo((1 - 0.286f) / 0.353f, within(1e-6f));
        assertThat(Normalization.reference("mnist").isNone()).isTrue();
        assertThat(Normalization.reference("mnist-mini").isNone()).isTrue();
    }

    @Test
    void batchesAreFlippedThenNormalisedForTrainingAndNormalisedForInference() {
        // one 1-channel 1x2 image (0.0, 1.0)
        ImageSet images = new ImageSet(new float[] {0f, 1f}, new int[] {3}, 1, 1, 2);
        Normalization fmnist = Normalization.reference("fashion-mnist");
        float low = -0.286f / 0.353f;
        float high = (1 - 0.286f) / 0.353f;
        float[] plain = Batches.pixels(images, new int[] {0}, 0, 1, false, null, fmnist);
        assertThat(plain[0]).isCloseTo(low, within(1e-6f));
        assertThat(plain[1]).isCloseTo(high, within(1e-6f));
        int seed = 0;
        while (!new java.util.SplittableRandom(seed).nextBoolean()) {
            seed++;
        }
        float[] flipped = Batches.pixels(images, new int[] {0}, 0, 1, true, new java.util.SplittableRandom(seed), fmnist);
        assertThat(flipped[0]).isCloseTo(high, within(1e-6f));
        assertThat(flipped[1]).isCloseTo(low, within(1e-6f));
    }
}
