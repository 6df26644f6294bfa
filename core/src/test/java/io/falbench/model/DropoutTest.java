package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import io.falbench.protocol.Protocol;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Dropout on the penultimate embedding ({@code model.dropout}): off in inference, so a network with it predicts as one
 * without; on in training and in the Monte Carlo passes, with masks from a seed; absent at the default 0.
 */
class DropoutTest {

    @Test
    void aNetworkWithDropoutHasTheParametersAndInferenceOfOneWithout() {
        for (NetworkSpec spec : new NetworkSpec[] {
                new NetworkSpec(Architecture.CNN4CONV, 3, 32, 32, 10, Normalization.NONE, Initialization.PYTORCH),
                NetworkSpec.plain(Architecture.MLP, 3, 32, 32, 10)}) {
            ImageSet images = images(70, 3, 32, 32);
            int[] all = IntStream.range(0, images.size()).toArray();
            try (Network plain = Network.create(spec, 5);
                 Network dropout = Network.create(spec.withDropout(0.5), 5)) {
                Weights a = plain.weights();
                Weights b = dropout.weights();
                assertThat(b.names()).isEqualTo(a.names());
                for (int i = 0; i < a.names().size(); i++) {
                    assertThat(b.values().get(i)).as(a.names().get(i)).isEqualTo(a.values().get(i));
                }
                Predictions p = plain.predict(images, all);
                Predictions q = dropout.predict(images, all);
                assertThat(q.probabilities()).isEqualTo(p.probabilities());
                assertThat(q.embeddings()).isEqualTo(p.embeddings());
            }
        }
    }

    @Test
    void monteCarloPassesDifferFromOneAnotherAndRepeatForASeedWhateverTheBatch() {
        ImageSet images = images(100, 3, 32, 32);
        int[] all = IntStream.range(0, images.size()).toArray();
        NetworkSpec spec = new NetworkSpec(Architecture.CNN4CONV, 3, 32, 32, 10, Normalization.NONE,
                Initialization.PYTORCH).withDropout(0.5);
        try (Network network = Network.create(spec, 5)) {
            DropoutPredictions passes = network.dropoutPredictions(images, all, 4, 11);
            assertThat(passes.passes()).isEqualTo(4);
            assertThat(passes.size()).isEqualTo(100);
            assertThat(network.dropoutPredictions(images, all, 4, 11).probabilities())
                    .isEqualTo(passes.probabilities());
            assertThat(network.dropoutPredictions(images, all, 4, 12).probabilities())
                    .isNotEqualTo(passes.probabilities());
            for (int pass = 1; pass < 4; pass++) {
                assertThat(pass(passes, pass)).as("pass %d", pass).isNotEqualTo(pass(passes, 0));
            }
            for (int i = 0; i < 100; i++) {
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += passes.probability(3, i, c);
                }
                assertThat(sum).isCloseTo(1, within(1e-5));
            }
            // the first 70 images alone (batches of 64 and 6, not 64 and 36) get the same passes, to the rounding of
            // kernels chosen by batch size: masks drawn image by image, BatchNorm on its running statistics
            DropoutPredictions first = network.dropoutPredictions(images, Arrays.copyOf(all, 70), 4, 11);
            for (int pass = 0; pass < 4; pass++) {
                float[] expected = Arrays.copyOf(pass(passes, pass), 70 * 10);
                float[] actual = pass(first, pass);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(actual[i]).as("pass %d, value %d", pass, i).isCloseTo(expected[i], within(1e-6f));
                }
            }
        }
    }

    @Test
    void aNetworkWithoutDropoutRefusesMonteCarloPasses() {
        try (Network network = Network.create(NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10), 1)) {
            assertThatThrownBy(() -> network.dropoutPredictions(images(3, 1, 28, 28), new int[] {0, 1}, 4, 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("model.dropout = 0");
        }
    }

    @Test
    void trainingWithDropoutRepeatsForASeedAndDiffersFromTrainingWithout() {
        ImageSet images = images(64, 1, 28, 28);
        int[] all = IntStream.range(0, images.size()).toArray();
        NetworkSpec spec = NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10);
        TrainingSettings settings = new TrainingSettings(2, 16, 0.05f, 0.9f, 1e-4f, false);
        try (Network plain = Network.create(spec, 3);
             Network once = Network.create(spec.withDropout(0.5), 3);
             Network twice = Network.create(spec.withDropout(0.5), 3)) {
            LocalTrainer.train(plain, images, all, images.labels(), settings, new SplittableRandom(9));
            LocalTrainer.train(once, images, all, images.labels(), settings, new SplittableRandom(9));
            LocalTrainer.train(twice, images, all, images.labels(), settings, new SplittableRandom(9));
            Weights a = once.weights();
            Weights b = twice.weights();
            Weights c = plain.weights();
            boolean anyDifferent = false;
            for (int i = 0; i < a.names().size(); i++) {
                assertThat(b.values().get(i)).as(a.names().get(i)).isEqualTo(a.values().get(i));
                anyDifferent |= !Arrays.equals(a.values().get(i), c.values().get(i));
            }
            assertThat(anyDifferent).as("dropout changes what training learns").isTrue();
        }
    }

    @Test
    void aMaskZeroesAUnitWithProbabilityPAndScalesTheOthersByOneOverOneMinusP() {
        for (double rate : new double[] {0.5, 0.2}) {
            EmbeddingDropout dropout = new EmbeddingDropout(rate);
            SplittableRandom random = new SplittableRandom(1);
            int zeros = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                float mask = dropout.mask(random);
                assertThat(mask).isIn(0f, (float) (1 / (1 - rate)));
                zeros += mask == 0 ? 1 : 0;
            }
            assertThat((double) zeros / draws).as("share dropped at p = %s", rate).isCloseTo(rate, within(0.02));
        }
        assertThatThrownBy(() -> new EmbeddingDropout(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10).withDropout(1))
                .hasMessageContaining("not in [0, 1)");
    }

    @Test
    void theDefaultKeepsTheFingerprintTheProtocolHadBeforeTheKeys() {
        Protocol plain = Protocol.parse("t", "t.conf", "");
        assertThat(plain.training().dropout()).isZero();
        assertThat(Protocol.parse("t", "t.conf", "model.dropout = 0").fingerprint()).isEqualTo(plain.fingerprint());
        assertThat(Protocol.parse("t", "t.conf", "model.dropout = 0.0").fingerprint()).isEqualTo(plain.fingerprint());
        assertThat(Protocol.parse("t", "t.conf", "bald.passes = 10").fingerprint()).isEqualTo(plain.fingerprint());
        Protocol dropout = Protocol.parse("t", "t.conf", "model.dropout = 0.5");
        assertThat(dropout.training().dropout()).isEqualTo(0.5);
        assertThat(dropout.fingerprint()).isNotEqualTo(plain.fingerprint());
        assertThat(Protocol.parse("t", "t.conf", "bald.passes = 20").fingerprint()).isNotEqualTo(plain.fingerprint());
        assertThatThrownBy(() -> Protocol.parse("t", "t.conf", "model.dropout = 1"))
                .hasMessageContaining("t.conf:1: 'model.dropout = 1': out of range; expected number in [0, 1)");
    }

    private static float[] pass(DropoutPredictions passes, int pass) {
        int width = passes.size() * passes.numClasses();
        return Arrays.copyOfRange(passes.probabilities(), pass * width, (pass + 1) * width);
    }

    private static ImageSet images(int count, int channels, int height, int width) {
        return RandomImages.randomlyLabelled(3, count, channels, height, width);
    }
}
