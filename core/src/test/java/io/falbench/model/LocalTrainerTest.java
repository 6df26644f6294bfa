package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTrainerTest {

    @TempDir
    static Path dataDir;

    static Dataset mini() throws IOException {
        return DatasetLoader.loadVerified(DatasetRegistry.MNIST_MINI, dataDir, line -> { });
    }

    @Test
    void trainingTheMlpOnRealDigitsLowersTheLossAndBeatsChance() throws IOException {
        Dataset data = mini();
        int[] indices = IntStream.range(0, 500).toArray();
        int[] labels = IntStream.of(indices).map(i -> data.train().labels()[i]).toArray();
        TrainingSettings settings = new TrainingSettings(1, 64, 0.05f, 0.9f, 1e-5f, false);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            SplittableRandom random = new SplittableRandom(3);
            double first = LocalTrainer.train(network, data.train(), indices, labels, settings, random);
            double later = LocalTrainer.train(network, data.train(), indices, labels, settings.withEpochs(4), random);
            assertThat(later).isLessThan(first * 0.7);
            int[] test = IntStream.range(0, data.test().size()).toArray();
            int[] predicted = network.predict(data.test(), test).predictedClasses();
            long correct = IntStream.range(0, test.length).filter(i -> predicted[i] == data.test().labels()[i]).count();
            assertThat(correct / (double) test.length).isGreaterThan(0.6);
        }
    }

    @Test
    void theCnnGivesProbabilitiesAndEmbeddingsOfTheDocumentedShape() throws IOException {
        Dataset data = mini();
        try (Network network = Network.create(Architecture.CNN4CONV, 1, 28, 28, 10, 1)) {
            Predictions p = network.predict(data.test(), new int[] {0, 1, 2});
            assertThat(p.embeddingDimension()).isEqualTo(64);
            assertThat(p.embeddings()).hasSize(3 * 64);
            for (int i = 0; i < 3; i++) {
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += p.probability(i, c);
                }
                assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
            }
            assertThat(Architecture.CNN4CONV.embeddingDimension(32, 32)).isEqualTo(256);
        }
    }

    @Test
    void theSameSeedGivesTheSameInitialWeightsAndWeightsRoundTrip() {
        try (Network a = Network.create(Architecture.CNN4CONV, 3, 32, 32, 10, 7);
             Network b = Network.create(Architecture.CNN4CONV, 3, 32, 32, 10, 7);
             Network c = Network.create(Architecture.CNN4CONV, 3, 32, 32, 10, 8)) {
            Weights wa = a.weights();
            assertThat(wa.names()).anyMatch(n -> n.contains("runningMean"));
            for (int i = 0; i < wa.values().size(); i++) {
                assertThat(b.weights().values().get(i)).containsExactly(wa.values().get(i));
            }
            assertThat(c.weights().values().get(0)).isNotEqualTo(wa.values().get(0));
            c.setWeights(wa);
            assertThat(c.weights().values().get(0)).containsExactly(wa.values().get(0));
        }
    }

    /** The stop rule's augmented view: each image flipped with the draw a training batch would make. */
    @Test
    void predictionsOnTheAugmentedViewSeeTheImagesFlippedByTheirDraws() throws IOException {
        Dataset data = mini();
        int[] indices = IntStream.range(0, 200).toArray();
        ImageSet images = data.train();
        int d = images.pixelsPerImage();
        float[] flipped = new float[indices.length * d];
        SplittableRandom draws = new SplittableRandom(11);
        int flips = 0;
        for (int i : indices) {
            boolean flip = draws.nextBoolean();
            flips += flip ? 1 : 0;
            for (int row = 0; row < 28; row++) {
                for (int col = 0; col < 28; col++) {
                    flipped[i * d + row * 28 + col] = images.pixels()[i * d + row * 28 + (flip ? 27 - col : col)];
                }
            }
        }
        ImageSet expected = new ImageSet(flipped, images.subset(indices).labels(), 1, 28, 28);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            LocalTrainer.train(network, images, indices, IntStream.of(indices).map(i -> images.labels()[i]).toArray(),
                    new TrainingSettings(2, 64, 0.05f, 0.9f, 1e-5f, false), new SplittableRandom(2));
            int[] augmented = network.predictedClasses(images, indices, Augmentation.FLIP, new SplittableRandom(11));
            assertThat(augmented).containsExactly(network.predict(expected, indices).predictedClasses());
            assertThat(flips).isBetween(60, 140);
            assertThat(augmented).isNotEqualTo(network.predictedClasses(images, indices, Augmentation.NONE, null));
        }
    }
}
