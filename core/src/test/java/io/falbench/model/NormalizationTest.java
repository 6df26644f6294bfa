package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.image.ImageSet;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void cifarPixelsAreNormalisedPerChannelWithTheReferenceConstants() {
        // one 3-channel 1x2 image: channel c holds (c/10, 0.5)
        float[] pixels = {0.0f, 0.5f, 0.1f, 0.5f, 0.2f, 0.5f};
        Normalization.of(DatasetRegistry.CIFAR10.referenceNormalization()).apply(pixels, 3, 2);
        assertThat(pixels[0]).isCloseTo((0.0f - 0.485f) / 0.229f, within(1e-6f));
        assertThat(pixels[1]).isCloseTo((0.5f - 0.485f) / 0.229f, within(1e-6f));
        assertThat(pixels[2]).isCloseTo((0.1f - 0.456f) / 0.224f, within(1e-6f));
        assertThat(pixels[5]).isCloseTo((0.5f - 0.406f) / 0.225f, within(1e-6f));
    }

    @Test
    void fashionMnistUsesOneChannelsConstantsAndMnistStaysInZeroToOne() {
        float[] pixels = {0f, 1f};
        Normalization.of(DatasetRegistry.FASHION_MNIST.referenceNormalization()).apply(pixels, 1, 2);
        assertThat(pixels[0]).isCloseTo(-0.286f / 0.353f, within(1e-6f));
        assertThat(pixels[1]).isCloseTo((1 - 0.286f) / 0.353f, within(1e-6f));
        assertThat(Normalization.of(DatasetRegistry.MNIST.referenceNormalization()).isNone()).isTrue();
        assertThat(Normalization.of(DatasetRegistry.MNIST_MINI.referenceNormalization()).isNone()).isTrue();
    }

    @Test
    void batchesAreFlippedThenNormalisedForTrainingAndNormalisedForInference() {
        // one 1-channel 1x2 image (0.0, 1.0)
        ImageSet images = new ImageSet(new float[] {0f, 1f}, new int[] {3}, 1, 1, 2);
        Normalization fmnist = Normalization.of(DatasetRegistry.FASHION_MNIST.referenceNormalization());
        float low = -0.286f / 0.353f;
        float high = (1 - 0.286f) / 0.353f;
        float[] plain = Batches.pixels(images, new int[] {0}, 0, 1, Augmentation.NONE, null, fmnist);
        assertThat(plain[0]).isCloseTo(low, within(1e-6f));
        assertThat(plain[1]).isCloseTo(high, within(1e-6f));
        int seed = 0;
        while (!new java.util.SplittableRandom(seed).nextBoolean()) {
            seed++;
        }
        float[] flipped = Batches.pixels(images, new int[] {0}, 0, 1, Augmentation.FLIP, new java.util.SplittableRandom(seed), fmnist);
        assertThat(flipped[0]).isCloseTo(high, within(1e-6f));
        assertThat(flipped[1]).isCloseTo(low, within(1e-6f));
    }

    @Test
    void aRandomCropShiftsTheImageByTheDrawnOffsetsAndFillsWithZeros() {
        // a 1-channel 3x3 image 1..9, padding 1: offsets drawn (rows first) uniform in [0, 2], i.e. shifts -1..1
        float[] source = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        ImageSet images = new ImageSet(source, new int[] {0}, 1, 3, 3);
        for (int seed = 0; seed < 20; seed++) {
            java.util.SplittableRandom draws = new java.util.SplittableRandom(seed);
            int dy = draws.nextInt(3) - 1;
            int dx = draws.nextInt(3) - 1;
            float[] out = Batches.pixels(images, new int[] {0}, 0, 1, new Augmentation(false, 1),
                    new java.util.SplittableRandom(seed), Normalization.NONE);
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    int sy = y + dy;
                    int sx = x + dx;
                    float expected = sy >= 0 && sy < 3 && sx >= 0 && sx < 3 ? source[sy * 3 + sx] : 0f;
                    assertThat(out[y * 3 + x]).as("seed %d shift (%d, %d) at (%d, %d)", seed, dy, dx, y, x)
                            .isEqualTo(expected);
                }
            }
        }
        // e.g. a shift of (1, 1) gives 5 6 0 / 8 9 0 / 0 0 0
        float[] corner = new float[9];
        System.arraycopy(source, 0, corner, 0, 9);
        Batches.crop(corner, 0, 1, 3, 3, 1, fixedDraws(2, 2));
        assertThat(corner).isEqualTo(new float[] {5, 6, 0, 8, 9, 0, 0, 0, 0});
    }

    /** A generator whose first two nextInt(3) draws are {@code a} and {@code b}. */
    private static java.util.SplittableRandom fixedDraws(int a, int b) {
        for (int seed = 0; ; seed++) {
            java.util.SplittableRandom probe = new java.util.SplittableRandom(seed);
            if (probe.nextInt(3) == a && probe.nextInt(3) == b) {
                return new java.util.SplittableRandom(seed);
            }
        }
    }
}
