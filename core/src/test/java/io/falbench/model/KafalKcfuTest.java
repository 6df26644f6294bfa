package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** KAFAL's KCFU loss (ycao5602/KAFAL main.py train_epoch_client_distil) on hand-computed tiny cases. */
class KafalKcfuTest {

    private static final int[] COUNTS = {2, 1, 0};

    @Test
    void theClientLossIsCrossEntropyOfLogitsPlusLogCountsAndAClassWithoutLabelsGetsNoProbabilityNorGradient() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray logits = m.create(new float[] {1, 2, 0.5f, 0, 1, 3}, new Shape(2, 3));
            NDArray labels = m.create(new float[] {0, 1});
            logits.setRequiresGradient(true);
            float loss;
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray value = KcfuLoss.clientLoss(logits, labels, KcfuLoss.logPrior(COUNTS));
                collector.backward(value);
                loss = value.getFloat();
            }
            // row 0: adjusted (1 + ln 2, 2, -inf), label 0; row 1: (ln 2, 1, -inf), label 1
            double row0 = Math.log(2 * Math.E + Math.exp(2)) - 1 - Math.log(2);
            double row1 = Math.log(2 + Math.E) - 1;
            assertThat(loss).isCloseTo((float) ((row0 + row1) / 2), within(1e-5f));
            float[] gradient = logits.getGradient().toFloatArray();
            assertThat(gradient[2]).isZero();
            assertThat(gradient[5]).isZero();
            double p00 = 2 * Math.E / (2 * Math.E + Math.exp(2));
            assertThat(gradient[0]).isCloseTo((float) ((p00 - 1) / 2), within(1e-6f));
            for (float g : gradient) {
                assertThat(g).isFinite();
            }
        }
    }

    @Test
    void theDistillationWeightsEachMixedImageByItsAndItsPartnersServerPredictionsInverseFrequency() {
        float[] w = KcfuLoss.classWeights(COUNTS);
        // N / n_c = 1.5, 3, and 0 for the class without labels; normalised
        assertThat(w[0]).isCloseTo(1f / 3, within(1e-6f));
        assertThat(w[1]).isCloseTo(2f / 3, within(1e-6f));
        assertThat(w[2]).isZero();
        float[] server = {3, 0, 0, 0, 0, 5}; // predictions 0 and 2
        float[] lambdas = {0.25f, 0.6f};
        assertThat(KcfuLoss.imageWeights(server, 3, lambdas, new int[] {1, 0}, w))
                .containsExactly(new float[] {0.25f / 3, 0.4f / 3}, within(1e-6f));
        // the reference's one partner (image 1) for the whole batch: image 1 is mixed with itself
        assertThat(KcfuLoss.imageWeights(server, 3, lambdas, new int[] {1, 1}, w))
                .containsExactly(new float[] {0.25f / 3, 0}, within(1e-6f));
    }

    @Test
    void theDistillationIsTheWeightedMeanOverImagesOfTheClassMeanOfTorchsKlDivTerms() {
        float[] server = {3, 0, 0, 0, 0, 5};
        float[] client = {0, 0, 0, 1, 0, 0};
        float[] weights = {0.2f, 0.5f};
        double expected = 0;
        for (int i = 0; i < 2; i++) {
            double[] p = softmax(server, i);
            double[] q = softmax(client, i);
            double kl = 0;
            for (int c = 0; c < 3; c++) {
                kl += p[c] * (Math.log(p[c]) - Math.log(q[c]));
            }
            expected += weights[i] * kl / 3;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            float value = KcfuLoss.distillation(m.create(client, new Shape(2, 3)), server, weights).getFloat();
            assertThat(value).isCloseTo((float) (expected / 2), within(1e-6f));
        }
    }

    @Test
    void mixupPartnersAreAPermutationOfTheBatchOrWithTheQuirkOneImageAndLambdaIsBetaTwoTwo() {
        int[] pool = IntStream.range(100, 150).toArray();
        MixupPlan intended = MixupPlan.draw(pool, 16, 2, 4, false, new SplittableRandom(1));
        MixupPlan quirk = MixupPlan.draw(pool, 16, 2, 4, true, new SplittableRandom(1));
        assertThat(intended.steps()).isEqualTo(8);
        // each epoch a fresh pass of 50: 16, 16, 16, 2; the next epoch starts a new pass
        assertThat(IntStream.range(0, 8).map(intended::size).toArray()).containsExactly(16, 16, 16, 2, 16, 16, 16, 2);
        MixupPlan cycling = MixupPlan.draw(IntStream.range(0, 10).toArray(), 4, 1, 5, false, new SplittableRandom(1));
        assertThat(IntStream.range(0, 5).map(cycling::size).toArray()).containsExactly(4, 4, 2, 4, 4);
        for (int epoch = 0; epoch < 2; epoch++) {
            assertThat(IntStream.range(4 * epoch, 4 * epoch + 4).flatMap(s -> IntStream.of(intended.samples(s)))
                    .sorted().toArray()).isEqualTo(pool);
        }
        for (int step = 0; step < 8; step++) {
            int[] sorted = intended.partners(step).clone();
            Arrays.sort(sorted);
            assertThat(sorted).isEqualTo(IntStream.range(0, intended.size(step)).toArray());
            assertThat(IntStream.of(quirk.partners(step)).distinct().count()).isEqualTo(1);
        }
        SplittableRandom random = new SplittableRandom(2);
        double[] draws = IntStream.range(0, 200_000).mapToDouble(i -> MixupPlan.beta22(random)).toArray();
        double mean = Arrays.stream(draws).average().orElseThrow();
        double variance = Arrays.stream(draws).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
        assertThat(mean).isCloseTo(0.5, within(0.003));
        assertThat(variance).isCloseTo(0.05, within(0.001)); // Beta(2, 2): 1 / 20
        assertThat(Arrays.stream(draws).allMatch(x -> x > 0 && x < 1)).isTrue();
    }

    @Test
    void aMixedImageIsLambdaTimesItselfPlusOneMinusLambdaTimesItsPartner() {
        ImageSet images = images(6, 3);
        MixupPlan plan = MixupPlan.draw(new int[] {1, 4, 5}, 3, 1, 1, false, new SplittableRandom(3));
        float[] mixed = plan.mixed(0, images, Augmentation.NONE, Normalization.NONE);
        int size = images.pixelsPerImage();
        float[] lambdas = plan.lambdas(0);
        int[] partners = plan.partners(0);
        float[] source = Batches.pixels(images, plan.samples(0), 0, 3, Augmentation.NONE, null, Normalization.NONE);
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < size; p++) {
                assertThat(mixed[i * size + p]).isCloseTo(lambdas[i] * source[i * size + p]
                        + (1 - lambdas[i]) * source[partners[i] * size + p], within(1e-6f));
            }
        }
    }

    @Test
    void theServerScoresAreTakenWithoutMovingTheStartingWeightsAndTheLossStaysFiniteWhenClassesAreMissing() {
        ImageSet images = images(40, 2);
        TrainingSettings settings = new TrainingSettings(2, 8, 0.05f, 0.9f, 5e-4f, true);
        int[] labelled = IntStream.range(0, 20).toArray();
        int[] labels = IntStream.of(labelled).map(i -> images.labels()[i]).toArray();
        int[] unlabelled = IntStream.range(20, 40).toArray();
        try (Network network = Network.create(Architecture.CNN4CONV, 1, 28, 28, 10, 1)) {
            Weights start = network.weights();
            Kcfu kcfu = new Kcfu(images, unlabelled, labels, true, false);
            kcfu.begin(network, settings, labelled.length, new SplittableRandom(4));
            Weights after = network.weights();
            for (int a = 0; a < start.values().size(); a++) {
                assertThat(after.values().get(a)).as(start.names().get(a)).isEqualTo(start.values().get(a));
            }
            double loss = LocalTrainer.train(network, images, labelled, labels, settings, new SplittableRandom(4),
                    new Kcfu(images, unlabelled, labels, true, true));
            assertThat(loss).isFinite();
            for (float[] values : network.weights().values()) {
                for (float v : values) {
                    assertThat(v).isFinite();
                }
            }
        }
    }

    /** Random images whose labels use only the first {@code classes} of 10 classes. */
    static ImageSet images(int n, int classes) {
        return RandomImages.of(5, n, i -> i % classes);
    }

    private static double[] softmax(float[] logits, int row) {
        double sum = 0;
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            out[c] = Math.exp(logits[row * 3 + c]);
            sum += out[c];
        }
        for (int c = 0; c < 3; c++) {
            out[c] /= sum;
        }
        return out;
    }
}
