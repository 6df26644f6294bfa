package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinearHeadTest {

    @Test
    void theNetworksHeadPredictsFromTheEmbeddingsWhatTheNetworkPredicts() {
        ImageSet images = RandomImages.of(3, 30, i -> 0);
        int[] all = IntStream.range(0, 30).toArray();
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 5)) {
            Predictions predictions = network.predict(images, all);
            LinearHead head = network.head(network.weights());
            assertThat(head.numClasses()).isEqualTo(10);
            assertThat(head.dimension()).isEqualTo(predictions.embeddingDimension());
            double[] logits = head.logits(predictions.embeddings(), 30);
            for (int i = 0; i < 30; i++) {
                assertThat(head.predictedClass(predictions.embeddings(), i * head.dimension())).as("image %d", i)
                        .isEqualTo(predictions.predictedClass(i));
                // the head's logits are the network's: their softmax is the network's probabilities (FEAL's evidence)
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < 10; c++) {
                    max = Math.max(max, logits[i * 10 + c]);
                }
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += Math.exp(logits[i * 10 + c] - max);
                }
                for (int c = 0; c < 10; c++) {
                    assertThat(Math.exp(logits[i * 10 + c] - max) / sum).as("image %d, class %d", i, c)
                            .isCloseTo(predictions.probability(i, c), org.assertj.core.api.Assertions.within(1e-5));
                }
            }
        }
    }

    @Test
    void theInputGradientOfTheCrossEntropyIsTheHeadTransposedTimesPMinusOneHot() {
        // W = [[1, 2], [3, 4]], p = (0.25, 0.75), label 1: p - onehot = (0.25, -0.25),
        // W^T (p - onehot) = (0.25 - 0.75, 0.5 - 1) = (-0.5, -0.5).
        LinearHead head = new LinearHead(new float[] {1, 2, 3, 4}, new float[] {0, 0}, 2, 2);
        assertThat(head.inputGradient(new float[] {9f, 0.25f, 0.75f}, 1, 1)).containsExactly(-0.5f, -0.5f);
        // logits of (1, 1): 3 + b0 and 7 + b1; a bias of 4.5 on class 0 wins
        assertThat(head.predictedClass(new float[] {1, 1}, 0)).isEqualTo(1);
        assertThat(new LinearHead(new float[] {1, 2, 3, 4}, new float[] {4.5f, 0}, 2, 2)
                .predictedClass(new float[] {1, 1}, 0)).isZero();
    }

    @Test
    void aHeadWhoseArraysDoNotFitItsShapeIsRefused() {
        assertThatThrownBy(() -> new LinearHead(new float[5], new float[2], 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 6 weights and 2 biases");
    }
}
