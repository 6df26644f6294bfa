package io.falbench.kernels.java;

import io.falbench.kernels.simd.Dot;
import io.falbench.kernels.simd.Simd;
import io.falbench.kernels.simd.VectorDots;

/**
 * A small register-blocked GEMM for the java backend: the dot products of two rows with every centre, four centres at
 * a time, eight independent accumulators, so each loaded element feeds several multiply-adds.
 */
final class BlockedDots {

    private BlockedDots() {
    }

    /** out0[j] = x[row0].c[j], out1[j] = x[row1].c[j] for j < k. */
    static void twoRows(float[] x, int row0, int row1, float[] c, int k, int dim, float[] out0, float[] out1) {
        if (Simd.ENABLED) {
            VectorDots.twoRows(x, row0, row1, c, k, dim, out0, out1);
            return;
        }
        int j = 0;
        for (; j + 3 < k; j += 4) {
            int c0 = j * dim;
            int c1 = c0 + dim;
            int c2 = c1 + dim;
            int c3 = c2 + dim;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            for (int d = 0; d < dim; d++) {
                float u = x[row0 + d];
                float v = x[row1 + d];
                float w0 = c[c0 + d];
                float w1 = c[c1 + d];
                float w2 = c[c2 + d];
                float w3 = c[c3 + d];
                a0 += u * w0;
                a1 += u * w1;
                a2 += u * w2;
                a3 += u * w3;
                b0 += v * w0;
                b1 += v * w1;
                b2 += v * w2;
                b3 += v * w3;
            }
            out0[j] = a0;
            out0[j + 1] = a1;
            out0[j + 2] = a2;
            out0[j + 3] = a3;
            out1[j] = b0;
            out1[j + 1] = b1;
            out1[j + 2] = b2;
            out1[j + 3] = b3;
        }
        for (; j < k; j++) {
            out0[j] = Dot.dot(x, row0, c, j * dim, dim);
            out1[j] = Dot.dot(x, row1, c, j * dim, dim);
        }
    }
}
