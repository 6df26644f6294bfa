package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * CHASe's local objective (junzhang-zj/CHASe localtraining.py update_weights): the cross-entropy plus the weighted
 * two-way cross-entropy of the cosine similarities to the global and the previous local model's logits over the
 * temperature, checked against the formula computed here in double on the network's own logits; plain cross-entropy
 * without a previous model or with too few candidates.
 */
class BoundaryCalibrationTest {

    private static final TrainingSettings SETTINGS = new TrainingSettings(1, 4, 0.05f, 0f, 0f, false);

    @Test
    void theLossIsTheCrossEntropyPlusTheWeightedCrossEntropyOfTheCosinesOverTheTemperature() {
        // every candidate is the same image, so the loss does not depend on which of them a batch draws
        float[] image = RandomImages.pixels(new SplittableRandom(3), 28 * 28);
        float[] pixels = new float[10 * image.length];
        for (int i = 0; i < 10; i++) {
            System.arraycopy(image, 0, pixels, i * image.length, image.length);
        }
        ImageSet images = new ImageSet(pixels, new int[10], 1, 28, 28);
        int[] candidates = IntStream.range(0, 10).toArray();
        try (Network previousNetwork = Network.create(Architecture.MLP, 1, 28, 28, 3, 8);
             Network network = Network.create(Architecture.MLP, 1, 28, 28, 3, 9);
             NDManager m = NDManager.newBaseManager()) {
            Weights previous = previousNetwork.weights();
            double[] z = toDouble(network.logits(images, new int[] {0}));
            double[] o = toDouble(previousNetwork.logits(images, new int[] {0}));
            double a = 1 / 0.5; // the global model is the network's starting weights: cosine 1
            double b = cosine(z, o) / 0.5;
            for (int label = 0; label < 2; label++) {
                int[] alignWith = new int[10];
                Arrays.fill(alignWith, label);
                BoundaryCalibration objective = new BoundaryCalibration(images, candidates, alignWith, previous, 0.7f,
                        0.5f);
                Trainer trainer = network.trainer(SETTINGS);
                objective.begin(network, SETTINGS, 4, new SplittableRandom(1));
                NDArray labels = m.create(new float[] {2f, 0f, 1f, 1f});
                NDArray logits3 = m.create(new float[] {0f, 1f, 2f, 2f, 0f, 0f, 1f, 1f, 0f, 3f, 0f, 0f},
                        new Shape(4, 3));
                float crossEntropy = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits3)).getFloat();
                float loss = objective.loss(trainer, null, logits3, labels, 0).getFloat();
                double alignment = Math.log(Math.exp(a) + Math.exp(b)) - (label == 0 ? a : b);
                assertThat((double) loss).as("label %d", label).isCloseTo(crossEntropy + 0.7 * alignment,
                        within(1e-5));
            }
        }
    }

    @Test
    void withoutAPreviousModelOrWithNoMoreCandidatesThanABatchItIsTheCrossEntropyAndBeginKeepsTheWeights() {
        ImageSet images = RandomImages.of(4, 12, i -> i % 3);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 3, 2);
             NDManager m = NDManager.newBaseManager()) {
            Weights start = network.weights();
            Weights previous = Network.create(Architecture.MLP, 1, 28, 28, 3, 5).weights();
            NDArray logits = m.create(new float[] {0f, 1f, 2f, 2f, 0f, 0f}, new Shape(2, 3));
            NDArray labels = m.create(new float[] {2f, 0f});
            Trainer trainer = network.trainer(SETTINGS);
            float crossEntropy = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits)).getFloat();
            int[] many = IntStream.range(0, 12).toArray();
            int[] few = {0, 1, 2, 3};
            for (BoundaryCalibration objective : new BoundaryCalibration[] {
                    new BoundaryCalibration(images, many, new int[12], null, 1f, 0.5f),
                    new BoundaryCalibration(images, few, new int[4], previous, 1f, 0.5f)}) {
                objective.begin(network, SETTINGS, 12, new SplittableRandom(1));
                assertThat(objective.loss(trainer, null, logits, labels, 0).getFloat()).isEqualTo(crossEntropy);
            }
            BoundaryCalibration aligned = new BoundaryCalibration(images, many, new int[12], previous, 1f, 0.5f);
            aligned.begin(network, SETTINGS, 12, new SplittableRandom(1));
            for (int i = 0; i < start.values().size(); i++) {
                assertThat(network.weights().values().get(i)).containsExactly(start.values().get(i));
            }
            assertThat(BoundaryCalibration.aligns(previous, 5, 4)).isTrue();
            assertThat(BoundaryCalibration.aligns(previous, 4, 4)).isFalse();
            assertThat(BoundaryCalibration.aligns(null, 50, 4)).isFalse();
        }
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static double cosine(double[] x, double[] y) {
        double dot = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        return dot / (Math.sqrt(xx) * Math.sqrt(yy));
    }
}
