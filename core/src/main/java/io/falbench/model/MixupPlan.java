package io.falbench.model;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.Shuffle;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mixup draws of one KCFU local training (KAFAL, ycao5602/KAFAL {@code main.py train_epoch_client_distil}), made
 * up front so the server's scores of every mixed batch can be taken before the client's weights move. Per optimizer
 * step: the next batch of the client's unlabelled samples (a fresh shuffled pass each epoch, passes repeating while
 * the epoch lasts, the last batch of a pass partial, as the reference's cycling loader), a Beta(2, 2) weight lambda_i
 * per image and its partner j_i; mixed_i = lambda_i x_i + (1 - lambda_i) x_{j_i}. Partners are a random permutation of
 * the batch (the intended mixup) or, with the quirk {@code kafal-mixup-one-partner}, one image for the whole batch
 * (the reference's {@code np.random.choice(n, replace=False)} without a size returns one integer).
 */
final class MixupPlan {

    private final int[][] samples;
    private final float[][] lambdas;
    private final int[][] partners;
    private final long[] flipSeeds;

    private MixupPlan(int[][] samples, float[][] lambdas, int[][] partners, long[] flipSeeds) {
        this.samples = samples;
        this.lambdas = lambdas;
        this.partners = partners;
        this.flipSeeds = flipSeeds;
    }

    /** Draws {@code epochs x stepsPerEpoch} steps over the non-empty {@code unlabelled} pool. */
    static MixupPlan draw(int[] unlabelled, int batchSize, int epochs, int stepsPerEpoch, boolean onePartner,
                          SplittableRandom random) {
        int steps = epochs * stepsPerEpoch;
        int[][] samples = new int[steps][];
        float[][] lambdas = new float[steps][];
        int[][] partners = new int[steps][];
        long[] flipSeeds = new long[steps];
        int[] order = unlabelled.clone();
        int position = order.length;
        for (int step = 0; step < steps; step++) {
            if (step % stepsPerEpoch == 0 || position == order.length) {
                Shuffle.shuffle(order, random);
                position = 0;
            }
            int n = Math.min(batchSize, order.length - position);
            samples[step] = Arrays.copyOfRange(order, position, position + n);
            position += n;
            lambdas[step] = new float[n];
            for (int i = 0; i < n; i++) {
                lambdas[step][i] = (float) beta22(random);
            }
            partners[step] = onePartner ? constant(n, random.nextInt(n)) : permutation(n, random);
            flipSeeds[step] = random.nextLong();
        }
        return new MixupPlan(samples, lambdas, partners, flipSeeds);
    }

    int steps() {
        return samples.length;
    }

    int size(int step) {
        return samples[step].length;
    }

    /** The unlabelled samples of {@code step}'s batch. */
    int[] samples(int step) {
        return samples[step];
    }

    float[] lambdas(int step) {
        return lambdas[step];
    }

    int[] partners(int step) {
        return partners[step];
    }

    /**
     * The mixed batch of {@code step}: each image augmented (its flip and crop drawn from the step's own seed) and
     * normalised, then mixed.
     */
    float[] mixed(int step, ImageSet images, Augmentation augmentation, Normalization normalization) {
        int n = samples[step].length;
        float[] x = Batches.pixels(images, samples[step], 0, n, augmentation, new SplittableRandom(flipSeeds[step]),
                normalization);
        int size = images.pixelsPerImage();
        float[] out = new float[x.length];
        for (int i = 0; i < n; i++) {
            float lambda = lambdas[step][i];
            int own = i * size;
            int other = partners[step][i] * size;
            for (int p = 0; p < size; p++) {
                out[own + p] = lambda * x[own + p] + (1 - lambda) * x[other + p];
            }
        }
        return out;
    }

    /** Beta(2, 2) exactly: G1 / (G1 + G2) with Gamma(2) draws, each -log(u v) of two uniforms in (0, 1]. */
    static double beta22(SplittableRandom random) {
        double a = -Math.log((1 - random.nextDouble()) * (1 - random.nextDouble()));
        double b = -Math.log((1 - random.nextDouble()) * (1 - random.nextDouble()));
        return a / (a + b);
    }

    private static int[] constant(int n, int value) {
        int[] out = new int[n];
        Arrays.fill(out, value);
        return out;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        Shuffle.shuffle(out, random);
        return out;
    }
}
