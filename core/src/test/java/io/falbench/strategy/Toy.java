package io.falbench.strategy;

import io.falbench.model.DropoutPredictions;
import io.falbench.model.LinearHead;
import io.falbench.model.Predictions;
import java.util.SplittableRandom;

/** Small hand-made predictions for strategy tests. */
public final class Toy {

    private Toy() {
    }

    /** Rows of probabilities and rows of embeddings. */
    public static Predictions predictions(float[][] probabilities, float[][] embeddings) {
        int n = probabilities.length;
        int c = probabilities[0].length;
        int d = embeddings[0].length;
        float[] p = new float[n * c];
        float[] e = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(probabilities[i], 0, p, i * c, c);
            System.arraycopy(embeddings[i], 0, e, i * d, d);
        }
        return new Predictions(p, e, n, c, d);
    }

    /** n rows of the same probabilities, embeddings on a line at the given coordinates (2-D, y = 0). */
    public static Predictions onALine(float[] probabilities, float... x) {
        float[][] p = new float[x.length][];
        float[][] e = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            p[i] = probabilities.clone();
            e[i] = new float[] {x[i], 0f};
        }
        return predictions(p, e);
    }

    /** A linear head of Gaussian weights and biases. */
    public static LinearHead head(SplittableRandom draw, int classes, int dimension) {
        float[] weight = new float[classes * dimension];
        float[] bias = new float[classes];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = (float) draw.nextGaussian();
        }
        for (int c = 0; c < classes; c++) {
            bias[c] = (float) draw.nextGaussian();
        }
        return new LinearHead(weight, bias, classes, dimension);
    }

    /** {@code passes} passes of n random probability rows over {@code classes} classes (each above 0.01 / classes). */
    public static DropoutPredictions dropoutPasses(SplittableRandom draw, int passes, int n, int classes) {
        float[] p = new float[passes * n * classes];
        for (int row = 0; row < passes * n; row++) {
            float sum = 0;
            for (int c = 0; c < classes; c++) {
                p[row * classes + c] = (float) draw.nextDouble(0.01, 1);
                sum += p[row * classes + c];
            }
            for (int c = 0; c < classes; c++) {
                p[row * classes + c] /= sum;
            }
        }
        return new DropoutPredictions(p, passes, n, classes);
    }

    public static java.util.List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    public static int[] ids(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 100 + i;
        }
        return ids;
    }
}
