package io.falbench.model;

/**
 * A network's linear head as plain floats, logits = W e + b, for rules that score embeddings the network never saw
 * (ALFA-Mix's mixed embeddings). Products are summed in double.
 *
 * @param weight     W, numClasses x dimension, row-major (PyTorch's and DJL's layout)
 * @param bias       b, one per class
 * @param numClasses the classes
 * @param dimension  the penultimate embedding's dimension
 */
public record LinearHead(float[] weight, float[] bias, int numClasses, int dimension) {

    public LinearHead {
        if (numClasses < 1 || dimension < 1 || weight.length != (long) numClasses * dimension
                || bias.length != numClasses) {
            throw new IllegalArgumentException("a linear head of " + numClasses + " classes on " + dimension
                    + " features needs " + numClasses * dimension + " weights and " + numClasses + " biases, got "
                    + weight.length + " and " + bias.length);
        }
    }

    /** The logits of the {@code n} embeddings in {@code e} (n x dimension, row-major), n x classes, in double. */
    public double[] logits(float[] e, int n) {
        double[] out = new double[n * numClasses];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < numClasses; c++) {
                double z = bias[c];
                int row = c * dimension;
                for (int d = 0; d < dimension; d++) {
                    z += (double) weight[row + d] * e[i * dimension + d];
                }
                out[i * numClasses + c] = z;
            }
        }
        return out;
    }

    /** The class of the largest logit of {@code e[from .. from + dimension)}, ties to the lowest class. */
    public int predictedClass(float[] e, int from) {
        int best = 0;
        double bestLogit = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < numClasses; c++) {
            double logit = bias[c];
            int row = c * dimension;
            for (int d = 0; d < dimension; d++) {
                logit += (double) weight[row + d] * e[from + d];
            }
            if (logit > bestLogit) {
                bestLogit = logit;
                best = c;
            }
        }
        return best;
    }

    /**
     * The gradient of the cross-entropy at {@code label} with respect to the embedding, W^T (p - onehot(label)), given
     * the softmax probabilities {@code p[from .. from + numClasses)} of that embedding.
     */
    public float[] inputGradient(float[] p, int from, int label) {
        double[] sums = new double[dimension];
        for (int c = 0; c < numClasses; c++) {
            double delta = p[from + c] - (c == label ? 1.0 : 0.0);
            int row = c * dimension;
            for (int d = 0; d < dimension; d++) {
                sums[d] += delta * weight[row + d];
            }
        }
        float[] out = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            out[d] = (float) sums[d];
        }
        return out;
    }
}
