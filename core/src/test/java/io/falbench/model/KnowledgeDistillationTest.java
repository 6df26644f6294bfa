package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * IFAL's distillation objective (chenchenzong/IFAL strategy.py kd_loss and training_local_only_KD) on a hand-computed
 * batch, its teacher left untouched by training, and the loss-plateau training it runs in.
 */
class KnowledgeDistillationTest {

    private static final TrainingSettings SETTINGS = new TrainingSettings(100, 8, 0.05f, 0f, 0f, false);

    @Test
    void theLossIsATenthOfTheCrossEntropyPlusNineTenthsOfTSquaredTimesTheMeanKlAtTemperatureFour() {
        try (Network teacher = constant(new float[] {(float) (4 * Math.log(3)), 0f});
             Network student = Network.create(Architecture.MLP, 1, 28, 28, 2, 2);
             NDManager m = NDManager.newBaseManager()) {
            // teacher logits (4 ln 3, 0) for every input: p = softmax(ln 3, 0) = (3/4, 1/4)
            NDArray input = m.zeros(new Shape(2, 1, 28, 28));
            NDArray logits = m.create(new float[] {0f, 0f, 0f, (float) (4 * Math.log(3))}, new Shape(2, 2));
            NDArray labels = m.create(new float[] {0f, 1f});
            float loss = new KnowledgeDistillation(teacher).loss(student.trainer(SETTINGS), input, logits, labels, 0)
                    .getFloat();
            // row 0: q = (1/2, 1/2), CE = ln 2, KL = 3/4 ln(3/2) + 1/4 ln(1/2)
            // row 1: q = softmax(0, ln 3) = (1/4, 3/4), CE = ln(1 + 3^-4), KL = 3/4 ln 3 - 1/4 ln 3
            double crossEntropy = (Math.log(2) + Math.log(1 + 1 / 81.0)) / 2;
            double kl = (0.75 * Math.log(1.5) + 0.25 * Math.log(0.5) + 0.5 * Math.log(3)) / 2;
            assertThat((double) loss).isCloseTo(0.1 * crossEntropy + 0.9 * 16 * kl, within(1e-5));
        }
    }

    @Test
    void trainingTowardsTheTeacherMovesTheStudentAndLeavesTheTeacherAsItWas() {
        ImageSet images = images(16);
        int[] indices = range(16);
        int[] labels = new int[16];
        for (int i = 0; i < 16; i++) {
            labels[i] = i % 2;
        }
        try (Network teacher = constant(new float[] {2f, -2f});
             Network student = Network.create(Architecture.MLP, 1, 28, 28, 2, 5)) {
            Weights teacherBefore = teacher.weights();
            Weights studentBefore = student.weights();
            int epochs = LocalTrainer.trainToLossPlateau(student, images, indices, labels, SETTINGS.withEpochs(3),
                    new KnowledgeDistillation(teacher), new EarlyStopping(5, false), new SplittableRandom(1));
            assertThat(epochs).isEqualTo(3);
            for (int i = 0; i < teacherBefore.values().size(); i++) {
                assertThat(teacher.weights().values().get(i)).containsExactly(teacherBefore.values().get(i));
            }
            assertThat(student.weights().values().get(0)).isNotEqualTo(studentBefore.values().get(0));
        }
    }

    /**
     * The loss's constants must outlive the garbage collector until the backward pass (GraphScalar): a collection
     * between forward and backward, then fresh direct buffers of NaN that reuse whatever it freed, leave the
     * training as it is without them.
     */
    @Test
    void aGarbageCollectionBetweenForwardAndBackwardChangesNothing() {
        ImageSet images = images(32);
        int[] labels = new int[32];
        for (int i = 0; i < 32; i++) {
            labels[i] = i % 2;
        }
        List<ByteBuffer> poison = new ArrayList<>();
        try (Network teacher = constant(new float[] {2f, -2f})) {
            LocalObjective distillation = new KnowledgeDistillation(teacher);
            LocalObjective collected = (trainer, input, logits, target, step) -> {
                NDArray loss = distillation.loss(trainer, input, logits, target, step);
                System.gc();
                for (int i = 0; i < 256; i++) {
                    poison.add(ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).putFloat(0, Float.NaN));
                }
                return loss;
            };
            Weights quiet = distilled(images, labels, distillation);
            Weights disturbed = distilled(images, labels, collected);
            for (int i = 0; i < quiet.values().size(); i++) {
                assertThat(disturbed.values().get(i)).as(quiet.names().get(i)).containsExactly(quiet.values().get(i));
            }
        }
        assertThat(poison).hasSize(256 * 4 * 4);
    }

    private static Weights distilled(ImageSet images, int[] labels, LocalObjective objective) {
        try (Network student = Network.create(Architecture.MLP, 1, 28, 28, 2, 5)) {
            LocalTrainer.trainToLossPlateau(student, images, range(images.size()), labels, SETTINGS.withEpochs(4),
                    objective, new EarlyStopping(5, true), new SplittableRandom(1));
            return student.weights();
        }
    }

    @Test
    void aConstantLossStopsThePlateauTrainingAfterTheFirstEpochAndPatienceMore() {
        ImageSet images = images(20);
        // logits - logits held constant: every batch's loss exactly 1, though the gradient moves the weights
        LocalObjective flat = (trainer, input, logits, labels, step) -> logits.sub(logits.stopGradient()).sum().add(1);
        TrainingSettings slow = SETTINGS.withLearningRate(1e-4f);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 2, 5)) {
            assertThat(LocalTrainer.trainToLossPlateau(network, images, range(20), new int[20], slow, flat,
                    new EarlyStopping(3, false), new SplittableRandom(1))).isEqualTo(4);
            assertThat(LocalTrainer.trainToLossPlateau(network, images, range(20), new int[20], slow, flat,
                    new EarlyStopping(5, true), new SplittableRandom(1))).isEqualTo(6);
        }
    }

    /** An MLP whose logits are {@code bias} whatever the input: every weight and bias 0 but the head's bias. */
    static Network constant(float[] bias) {
        Network network = Network.create(Architecture.MLP, 1, 28, 28, bias.length, 9);
        Weights weights = network.weights();
        List<float[]> values = new ArrayList<>();
        int count = weights.values().size();
        for (int i = 0; i < count; i++) {
            boolean headBias = i == count - 1;
            values.add(headBias ? bias.clone() : new float[weights.values().get(i).length]);
        }
        network.setWeights(new Weights(weights.names(), values));
        return network;
    }

    static ImageSet images(int n) {
        return RandomImages.of(4, n, i -> 0);
    }

    static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
