package io.falbench.kernels;

/** Distance between rows: squared Euclidean ||x - y||^2, or cosine distance 1 - x.y / (||x|| ||y||) (0 similarity for a zero row). */
public enum Metric {
    SQUARED_EUCLIDEAN,
    COSINE
}
