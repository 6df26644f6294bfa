package io.falbench.kernels;

import io.falbench.kernels.simd.Dot;
import io.falbench.runtime.Parallel;

/**
 * BADGE gradient embeddings kept factorised (Ash et al., ICLR 2020): the last-layer gradient of the
 * cross-entropy at the predicted label is g_i = r_i (x) h_i with residual r_i = p_i - onehot(yhat_i)
 * (n x C) and penultimate features h_i (n x D), both row-major float[]. The n x C*D outer products are never formed.
 */
public record GradientEmbeddings(int size, int classes, int features, float[] residuals, float[] hidden) {

    public GradientEmbeddings {
        if (size < 0 || classes < 1 || features < 1) {
            throw new IllegalArgumentException("bad shape: n=" + size + " C=" + classes + " D=" + features);
        }
        if (residuals.length != (long) size * classes || hidden.length != (long) size * features) {
            throw new IllegalArgumentException("residuals must hold n*C=" + (long) size * classes + " floats (got "
                    + residuals.length + ") and hidden n*D=" + (long) size * features + " (got " + hidden.length + ")");
        }
    }

    /** Residuals at the predicted label yhat = argmax p (ties: lowest class). */
    public static GradientEmbeddings fromProbabilities(float[] probabilities, float[] hidden, int size, int classes, int features) {
        int[] predicted = new int[size];
        for (int i = 0; i < size; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (probabilities[i * classes + c] > probabilities[i * classes + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        return fromLabels(probabilities, hidden, predicted, size, classes, features);
    }

    /** Residuals at given labels (anchors: labelled samples use their true label, FairFAL). */
    public static GradientEmbeddings fromLabels(float[] probabilities, float[] hidden, int[] labels, int size, int classes, int features) {
        float[] residuals = probabilities.clone();
        for (int i = 0; i < size; i++) {
            residuals[i * classes + labels[i]] -= 1f;
        }
        return new GradientEmbeddings(size, classes, features, residuals, hidden);
    }

    public static GradientEmbeddings empty(int classes, int features) {
        return new GradientEmbeddings(0, classes, features, new float[0], new float[0]);
    }

    /** ||g_i||^2 = ||r_i||^2 ||h_i||^2. */
    public float[] squaredNorms() {
        float[] norms = new float[size];
        Parallel.forRange(size, (from, to) -> {
            for (int i = from; i < to; i++) {
                norms[i] = Dot.dot(residuals, i * classes, residuals, i * classes, classes)
                        * Dot.dot(hidden, i * features, hidden, i * features, features);
            }
        });
        return norms;
    }

    /** Row i of the residuals, copied. */
    public float[] residual(int i) {
        return java.util.Arrays.copyOfRange(residuals, i * classes, (i + 1) * classes);
    }

    /** Row i of the features, copied. */
    public float[] feature(int i) {
        return java.util.Arrays.copyOfRange(hidden, i * features, (i + 1) * features);
    }
}
