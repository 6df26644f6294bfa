package io.falbench.kernels.java;

import io.falbench.kernels.Extremum;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;

/**
 * One backend's distance search from a fixed set of points (held natively where the backend has its own memory)
 * to a set of centres or prototypes, through a GEMM: ||x - c||^2 = ||x||^2 + ||c||^2 - 2 x.c, cosine 1 - x.c/(||x|| ||c||).
 */
public interface PointSearch extends AutoCloseable {

    /** Per point, the extremum over the k centres (k x dim, row-major). */
    RowExtrema search(float[] centres, int k, Metric metric, Extremum extremum);

    /** The full n x k distance matrix, row-major. */
    float[] distances(float[] centres, int k, Metric metric);

    @Override
    void close();
}
