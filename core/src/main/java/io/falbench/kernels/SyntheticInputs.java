package io.falbench.kernels;

import java.util.SplittableRandom;

/**
 * Seeded synthetic inputs shaped like a classifier's output, for tests and benchmarks: each point has a class y;
 * features h = class mean (N(0, 4) per coordinate) + a class-specific random linear image of a 16-dimensional Gaussian
 * (penultimate features cluster by class and lie near a low-dimensional set) + N(0, 0.1^2) isotropic noise; logits put a random margin
 * in [0, 6) on y plus Gaussian noise, probabilities by softmax, so some points are confident and some are not.
 */
public final class SyntheticInputs {

    /** Intrinsic dimension of the within-class variation. */
    public static final int LATENT = 16;

    private final int size;
    private final int classes;
    private final int features;
    private final float[] probabilities;
    private final float[] hidden;
    private final int[] labels;

    public SyntheticInputs(int size, int classes, int features, long seed) {
        this.size = size;
        this.classes = classes;
        this.features = features;
        SplittableRandom random = new SplittableRandom(seed);
        float[] means = new float[classes * features];
        for (int j = 0; j < means.length; j++) {
            means[j] = (float) (2.0 * gaussian(random));
        }
        float[] loadings = new float[classes * features * LATENT];
        for (int j = 0; j < loadings.length; j++) {
            loadings[j] = (float) (gaussian(random) / Math.sqrt(LATENT));
        }
        double[] latent = new double[LATENT];
        probabilities = new float[size * classes];
        hidden = new float[size * features];
        labels = new int[size];
        double[] logits = new double[classes];
        for (int i = 0; i < size; i++) {
            int label = random.nextInt(classes);
            labels[i] = label;
            for (int t = 0; t < LATENT; t++) {
                latent[t] = gaussian(random);
            }
            for (int d = 0; d < features; d++) {
                double v = means[label * features + d] + 0.1 * gaussian(random);
                int base = (label * features + d) * LATENT;
                for (int t = 0; t < LATENT; t++) {
                    v += loadings[base + t] * latent[t];
                }
                hidden[i * features + d] = (float) v;
            }
            double margin = 6.0 * random.nextDouble();
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                logits[c] = gaussian(random) + (c == label ? margin : 0);
                max = Math.max(max, logits[c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                logits[c] = Math.exp(logits[c] - max);
                sum += logits[c];
            }
            for (int c = 0; c < classes; c++) {
                probabilities[i * classes + c] = (float) (logits[c] / sum);
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    public float[] probabilities() {
        return probabilities;
    }

    public int[] labels() {
        return labels;
    }

    public GradientEmbeddings gradients() {
        return GradientEmbeddings.fromProbabilities(probabilities, hidden, size, classes, features);
    }

    /** The same points as anchors: labelled, so residuals at the true label (FairFAL). */
    public GradientEmbeddings labelledGradients() {
        return GradientEmbeddings.fromLabels(probabilities, hidden, labels, size, classes, features);
    }

    public Embeddings features() {
        return new Embeddings(size, features, hidden);
    }
}
