package io.falbench.model;

/**
 * One batched inference pass: softmax probabilities (n x numClasses) and penultimate embeddings
 * (n x embeddingDimension), both row-major.
 */
public record Predictions(float[] probabilities, float[] embeddings, int size, int numClasses, int embeddingDimension) {

    public Predictions {
        if (probabilities.length != (long) size * numClasses || embeddings.length != (long) size * embeddingDimension) {
            throw new IllegalArgumentException("prediction arrays do not match " + size + " samples");
        }
    }

    public int predictedClass(int i) {
        return argMax(probabilities, i * numClasses, numClasses);
    }

    /** The class of the largest of the {@code numClasses} probabilities from {@code base}, ties to the lowest class. */
    static int argMax(float[] probabilities, int base, int numClasses) {
        int best = 0;
        for (int c = 1; c < numClasses; c++) {
            if (probabilities[base + c] > probabilities[base + best]) {
                best = c;
            }
        }
        return best;
    }

    public int[] predictedClasses() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = predictedClass(i);
        }
        return out;
    }

    public float probability(int i, int c) {
        return probabilities[i * numClasses + c];
    }
}
