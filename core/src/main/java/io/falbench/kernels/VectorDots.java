package io.falbench.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD versions of {@link Dot} and {@link BlockedDots} with the JDK's Vector API (jdk.incubator.vector, the preferred
 * species: 16 floats with AVX-512): fused multiply-adds into vector accumulators, one lane reduction per dot product.
 * Loaded only when the JVM runs with --add-modules jdk.incubator.vector ({@link Simd#ENABLED}).
 */
final class VectorDots {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorDots() {
    }

    static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
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

    static float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int length) {
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
    static void twoRows(float[] x, int row0, int row1, float[] c, int k, int dim, float[] out0, float[] out1) {
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
}
