package io.falbench.kernels;

import io.falbench.kernels.simd.Dot;
import io.falbench.runtime.Parallel;

/** Plain embeddings (penultimate features, centres, prototypes): n rows of dimension dim, row-major float[]. */
public record Embeddings(int size, int dim, float[] values) {

    public Embeddings {
        if (size < 0 || dim < 1 || values.length != (long) size * dim) {
            throw new IllegalArgumentException("embeddings need n*dim=" + (long) size * dim + " floats, got "
                    + values.length + " (n=" + size + ", dim=" + dim + ")");
        }
    }

    public static Embeddings empty(int dim) {
        return new Embeddings(0, dim, new float[0]);
    }

    public float[] row(int i) {
        return java.util.Arrays.copyOfRange(values, i * dim, (i + 1) * dim);
    }

    /** ||x_i||^2 per row. */
    public float[] squaredNorms() {
        float[] norms = new float[size];
        Parallel.forRange(size, (from, to) -> {
            for (int i = from; i < to; i++) {
                norms[i] = Dot.dot(values, i * dim, values, i * dim, dim);
            }
        });
        return norms;
    }
}
