package io.falbench.kernels.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD versions of {@link Dot} and {@code BlockedDots} with the JDK's Vector API (jdk.incubator.vector, the preferred
 * species: 16 floats with AVX-512): fused multiply-adds into vector accumulators, one lane reduction per dot product.
 * Loaded only when the JVM runs with --add-modules jdk.incubator.vector ({@link Simd#ENABLED}).
 */
public final class VectorDots {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorDots() {
    }

    public static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        if (length < LANES) {
            return Dot.scalarDot(a, aOffset, b, bOffset, length);
        }
        int bound = SPECIES.loopBound(length);
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector s1 = FloatVector.zero(SPECIES);
        int j = 0;
        for (; j + LANES < bound; j += 2 * LANES) {
            s0 = FloatVector.fromArray(SPECIES, a, aOffset + j).fma(FloatVector.fromArray(SPECIES, b, bOffset + j), s0);
            s1 = FloatVector.fromArray(SPECIES, a, aOffset + j + LANES).fma(FloatVector.fromArray(SPECIES, b, bOffset + j + LANES), s1);
        }
        for (; j < bound; j += LANES) {
            s0 = FloatVector.fromArray(SPECIES, a, aOffset + j).fma(FloatVector.fromArray(SPECIES, b, bOffset + j), s0);
        }
        float sum = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; j < length; j++) {
            sum += a[aOffset + j] * b[bOffset + j];
        }
        return sum;
    }

    public static float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int length) {
        int bound = SPECIES.loopBound(length);
        FloatVector s0 = FloatVector.zero(SPECIES);
        int j = 0;
        for (; j < bound; j += LANES) {
            FloatVector d = FloatVector.fromArray(SPECIES, a, aOffset + j).sub(FloatVector.fromArray(SPECIES, b, bOffset + j));
            s0 = d.fma(d, s0);
        }
        float sum = s0.reduceLanes(VectorOperators.ADD);
        for (; j < length; j++) {
            float d = a[aOffset + j] - b[bOffset + j];
            sum += d * d;
        }
        return sum;
    }

    /** out0[j] = x[row0].c[j], out1[j] = x[row1].c[j]: two rows by four centres, eight vector accumulators. */
    public static void twoRows(float[] x, int row0, int row1, float[] c, int k, int dim, float[] out0, float[] out1) {
        int bound = SPECIES.loopBound(dim);
        int j = 0;
        for (; j + 3 < k; j += 4) {
            int c0 = j * dim;
            int c1 = c0 + dim;
            int c2 = c1 + dim;
            int c3 = c2 + dim;
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            FloatVector b0 = a0;
            FloatVector b1 = a0;
            FloatVector b2 = a0;
            FloatVector b3 = a0;
            int d = 0;
            for (; d < bound; d += LANES) {
                FloatVector u = FloatVector.fromArray(SPECIES, x, row0 + d);
                FloatVector v = FloatVector.fromArray(SPECIES, x, row1 + d);
                FloatVector w0 = FloatVector.fromArray(SPECIES, c, c0 + d);
                FloatVector w1 = FloatVector.fromArray(SPECIES, c, c1 + d);
                FloatVector w2 = FloatVector.fromArray(SPECIES, c, c2 + d);
                FloatVector w3 = FloatVector.fromArray(SPECIES, c, c3 + d);
                a0 = u.fma(w0, a0);
                a1 = u.fma(w1, a1);
                a2 = u.fma(w2, a2);
                a3 = u.fma(w3, a3);
                b0 = v.fma(w0, b0);
                b1 = v.fma(w1, b1);
                b2 = v.fma(w2, b2);
                b3 = v.fma(w3, b3);
            }
            float t0 = a0.reduceLanes(VectorOperators.ADD);
            float t1 = a1.reduceLanes(VectorOperators.ADD);
            float t2 = a2.reduceLanes(VectorOperators.ADD);
            float t3 = a3.reduceLanes(VectorOperators.ADD);
            float t4 = b0.reduceLanes(VectorOperators.ADD);
            float t5 = b1.reduceLanes(VectorOperators.ADD);
            float t6 = b2.reduceLanes(VectorOperators.ADD);
            float t7 = b3.reduceLanes(VectorOperators.ADD);
            for (; d < dim; d++) {
                t0 += x[row0 + d] * c[c0 + d];
                t1 += x[row0 + d] * c[c1 + d];
                t2 += x[row0 + d] * c[c2 + d];
                t3 += x[row0 + d] * c[c3 + d];
                t4 += x[row1 + d] * c[c0 + d];
                t5 += x[row1 + d] * c[c1 + d];
                t6 += x[row1 + d] * c[c2 + d];
                t7 += x[row1 + d] * c[c3 + d];
            }
            out0[j] = t0;
            out0[j + 1] = t1;
            out0[j + 2] = t2;
            out0[j + 3] = t3;
            out1[j] = t4;
            out1[j + 1] = t5;
            out1[j + 2] = t6;
            out1[j + 3] = t7;
        }
        for (; j < k; j++) {
            out0[j] = dot(x, row0, c, j * dim, dim);
            out1[j] = dot(x, row1, c, j * dim, dim);
        }
    }

    /** out[r][j] = x[rows[r]].c[j] for four rows: four rows by four centres, sixteen vector accumulators. */
    public static void fourRows(float[] x, int row0, int row1, int row2, int row3, float[] c, int k, int dim,
                         float[] out0, float[] out1, float[] out2, float[] out3) {
        int bound = SPECIES.loopBound(dim);
        if (bound != dim) {
            twoRows(x, row0, row1, c, k, dim, out0, out1);
            twoRows(x, row2, row3, c, k, dim, out2, out3);
            return;
        }
        int j = 0;
        for (; j + 3 < k; j += 4) {
            int c0 = j * dim;
            int c1 = c0 + dim;
            int c2 = c1 + dim;
            int c3 = c2 + dim;
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
            FloatVector e0 = a0, e1 = a0, e2 = a0, e3 = a0, f0 = a0, f1 = a0, f2 = a0, f3 = a0;
            for (int d = 0; d < dim; d += LANES) {
                FloatVector w0 = FloatVector.fromArray(SPECIES, c, c0 + d);
                FloatVector w1 = FloatVector.fromArray(SPECIES, c, c1 + d);
                FloatVector w2 = FloatVector.fromArray(SPECIES, c, c2 + d);
                FloatVector w3 = FloatVector.fromArray(SPECIES, c, c3 + d);
                FloatVector u = FloatVector.fromArray(SPECIES, x, row0 + d);
                a0 = u.fma(w0, a0);
                a1 = u.fma(w1, a1);
                a2 = u.fma(w2, a2);
                a3 = u.fma(w3, a3);
                FloatVector v = FloatVector.fromArray(SPECIES, x, row1 + d);
                b0 = v.fma(w0, b0);
                b1 = v.fma(w1, b1);
                b2 = v.fma(w2, b2);
                b3 = v.fma(w3, b3);
                FloatVector y = FloatVector.fromArray(SPECIES, x, row2 + d);
                e0 = y.fma(w0, e0);
                e1 = y.fma(w1, e1);
                e2 = y.fma(w2, e2);
                e3 = y.fma(w3, e3);
                FloatVector z = FloatVector.fromArray(SPECIES, x, row3 + d);
                f0 = z.fma(w0, f0);
                f1 = z.fma(w1, f1);
                f2 = z.fma(w2, f2);
                f3 = z.fma(w3, f3);
            }
            out0[j] = a0.reduceLanes(VectorOperators.ADD);
            out0[j + 1] = a1.reduceLanes(VectorOperators.ADD);
            out0[j + 2] = a2.reduceLanes(VectorOperators.ADD);
            out0[j + 3] = a3.reduceLanes(VectorOperators.ADD);
            out1[j] = b0.reduceLanes(VectorOperators.ADD);
            out1[j + 1] = b1.reduceLanes(VectorOperators.ADD);
            out1[j + 2] = b2.reduceLanes(VectorOperators.ADD);
            out1[j + 3] = b3.reduceLanes(VectorOperators.ADD);
            out2[j] = e0.reduceLanes(VectorOperators.ADD);
            out2[j + 1] = e1.reduceLanes(VectorOperators.ADD);
            out2[j + 2] = e2.reduceLanes(VectorOperators.ADD);
            out2[j + 3] = e3.reduceLanes(VectorOperators.ADD);
            out3[j] = f0.reduceLanes(VectorOperators.ADD);
            out3[j + 1] = f1.reduceLanes(VectorOperators.ADD);
            out3[j + 2] = f2.reduceLanes(VectorOperators.ADD);
            out3[j + 3] = f3.reduceLanes(VectorOperators.ADD);
        }
        for (; j < k; j++) {
            out0[j] = dot(x, row0, c, j * dim, dim);
            out1[j] = dot(x, row1, c, j * dim, dim);
            out2[j] = dot(x, row2, c, j * dim, dim);
            out3[j] = dot(x, row3, c, j * dim, dim);
        }
    }
}
