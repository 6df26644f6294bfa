package io.falbench.kernels.simd;

/**
 * Scalar dot products written for C2: eight independent accumulators so the loop is bound by loads,
 * not by the latency of one floating-point add chain (C2 does not vectorise float reductions); the Vector API
 * version ({@link VectorDots}) when {@link Simd#ENABLED}.
 */
public final class Dot {

    private Dot() {
    }

    public static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        if (Simd.ENABLED) {
            return VectorDots.dot(a, aOffset, b, bOffset, length);
        }
        return scalarDot(a, aOffset, b, bOffset, length);
    }

    /** The scalar form; also the Vector API path's form for rows shorter than one vector (e.g. C = 10 residuals). */
    public static float scalarDot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int j = 0;
        for (; j + 7 < length; j += 8) {
            s0 += a[aOffset + j] * b[bOffset + j];
            s1 += a[aOffset + j + 1] * b[bOffset + j + 1];
            s2 += a[aOffset + j + 2] * b[bOffset + j + 2];
            s3 += a[aOffset + j + 3] * b[bOffset + j + 3];
            s4 += a[aOffset + j + 4] * b[bOffset + j + 4];
            s5 += a[aOffset + j + 5] * b[bOffset + j + 5];
            s6 += a[aOffset + j + 6] * b[bOffset + j + 6];
            s7 += a[aOffset + j + 7] * b[bOffset + j + 7];
        }
        for (; j < length; j++) {
            s0 += a[aOffset + j] * b[bOffset + j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** ||a - b||^2 over one row pair, computed from the differences (exact form, no cancellation). */
    public static float squaredDistance(float[] a, int aOffset, float[] b, int bOffset, int length) {
        if (Simd.ENABLED) {
            return VectorDots.squaredDistance(a, aOffset, b, bOffset, length);
        }
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            float d0 = a[aOffset + j] - b[bOffset + j];
            float d1 = a[aOffset + j + 1] - b[bOffset + j + 1];
            float d2 = a[aOffset + j + 2] - b[bOffset + j + 2];
            float d3 = a[aOffset + j + 3] - b[bOffset + j + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; j < length; j++) {
            float d = a[aOffset + j] - b[bOffset + j];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
