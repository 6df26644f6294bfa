package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import io.falbench.protocol.Protocol;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Channels-last input batches: the same logical tensor in NHWC strides, so a network gives the same predictions and
 * trains to the same weights as with contiguous batches, to float tolerance (libtorch's kernels sum in another order).
 */
class MemoryFormatTest {

    @Test
    void nhwcOrderPutsEachPixelsChannelsSideBySide() {
        // 2 images, 3 channels, 2 pixels: value = 100 image + 10 channel + pixel
        float[] nchw = {0, 1, 10, 11, 20, 21, 100, 101, 110, 111, 120, 121};
        assertThat(MemoryFormat.toNhwc(nchw, 2, 3, 2))
                .containsExactly(0, 10, 20, 1, 11, 21, 100, 110, 120, 101, 111, 121);
    }

    @Test
    void aChannelsLastNetworkPredictsAndTrainsAsAContiguousOneToFloatTolerance() {
        for (Architecture architecture : new Architecture[] {Architecture.CNN4CONV, Architecture.RESNET8}) {
            ImageSet images = images(96, 3, 32, 32);
            int[] all = IntStream.range(0, images.size()).toArray();
            NetworkSpec spec = new NetworkSpec(architecture, 3, 32, 32, 10, Normalization.NONE,
                    Initialization.PYTORCH);
            try (Network contiguous = Network.create(spec, 5);
                 Network channelsLast = Network.create(spec.with(MemoryFormat.CHANNELS_LAST), 5)) {
                assertClose(channelsLast.predict(images, all).probabilities(),
                        contiguous.predict(images, all).probabilities(), 1e-5, architecture + " predictions");
                TrainingSettings settings = new TrainingSettings(2, 32, 0.05f, 0.9f, 1e-4f, true);
                double lossContiguous = LocalTrainer.train(contiguous, images, all, images.labels(), settings,
                        new SplittableRandom(9));
                double lossChannelsLast = LocalTrainer.train(channelsLast, images, all, images.labels(), settings,
                        new SplittableRandom(9));
                assertThat(lossChannelsLast).as(architecture + " loss").isCloseTo(lossContiguous, within(1e-4));
                Weights a = contiguous.weights();
                Weights b = channelsLast.weights();
                for (int i = 0; i < a.names().size(); i++) {
                    assertClose(b.values().get(i), a.values().get(i), 1e-3, architecture + " " + a.names().get(i));
                }
            }
        }
    }

    /** contiguous, the default, is left out of the fingerprint: ProtocolTest's pinned long-run fingerprint checks that. */
    @Test
    void channelsLastChangesTheFingerprint() {
        Protocol channelsLast = Protocol.parse("t", "t.conf", "train.memory_format = channels-last");
        assertThat(Protocol.parse("t", "t.conf", "").training().memoryFormat()).isEqualTo(MemoryFormat.CONTIGUOUS);
        assertThat(channelsLast.training().memoryFormat()).isEqualTo(MemoryFormat.CHANNELS_LAST);
        assertThat(channelsLast.fingerprint()).isNotEqualTo(Protocol.parse("t", "t.conf", "").fingerprint());
    }

    private static ImageSet images(int count, int channels, int height, int width) {
        return RandomImages.randomlyLabelled(3, count, channels, height, width);
    }

    private static void assertClose(float[] actual, float[] expected, double tolerance, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])));
        }
        assertThat(worst).as(what + ": largest relative difference").isLessThan(tolerance);
    }
}
