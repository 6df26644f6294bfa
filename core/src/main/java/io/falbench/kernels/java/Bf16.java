package io.falbench.kernels.java;

import io.falbench.kernels.simd.Simd;
import io.falbench.kernels.simd.VectorBf16;
import io.falbench.runtime.Parallel;

/**
 * bfloat16 storage for the features of gradient embeddings: the top 16 bits of a float, rounded to nearest even
 * (relative error <= 2^-9 per element). Two values per int, element 2j in the low half and 2j+1 in the high half, so
 * decoding is a shift or a mask. Halves the bytes a seeding pass streams over the n x D features.
 */
final class Bf16 {

    private Bf16() {
    }

    static int round(float value) {
        int bits = Float.floatToRawIntBits(value);
        return (bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16;
    }

    static float decode(int bf16) {
        return Float.intBitsToFloat(bf16 << 16);
    }

    /** rows x dim floats to rows x ceil(dim/2) packed ints (an odd dim is padded with a zero). */
    static int[] pack(float[] values, int rows, int dim) {
        int half = (dim + 1) / 2;
        int[] packed = new int[rows * half];
        Parallel.forRange(rows, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < half; j++) {
                    int low = round(values[i * dim + 2 * j]);
                    int high = 2 * j + 1 < dim ? round(values[i * dim + 2 * j + 1]) : 0;
                    packed[i * half + j] = low | (high << 16);
                }
            }
        });
        return packed;
    }

    /** The even- and odd-indexed decoded values of one packed row: {even[half], odd[half]}. */
    static float[][] unpackRow(int[] packed, int row, int half) {
        float[] even = new float[half];
        float[] odd = new float[half];
        for (int j = 0; j < half; j++) {
            int v = packed[row * half + j];
            even[j] = Float.intBitsToFloat(v << 16);
            odd[j] = Float.intBitsToFloat(v & 0xFFFF0000);
        }
        return new float[][]{even, odd};
    }

    /** Packed row . (even, odd). */
    static float dot(int[] packed, int offset, float[] even, float[] odd, int half) {
        if (Simd.ENABLED) {
            return VectorBf16.dot(packed, offset, even, odd, half);
        }
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 1 < half; j += 2) {
            int v = packed[offset + j];
            int w = packed[offset + j + 1];
            s0 += Float.intBitsToFloat(v << 16) * even[j];
            s1 += Float.intBitsToFloat(v & 0xFFFF0000) * odd[j];
            s2 += Float.intBitsToFloat(w << 16) * even[j + 1];
            s3 += Float.intBitsToFloat(w & 0xFFFF0000) * odd[j + 1];
        }
        for (; j < half; j++) {
            int v = packed[offset + j];
            s0 += Float.intBitsToFloat(v << 16) * even[j];
            s1 += Float.intBitsToFloat(v & 0xFFFF0000) * odd[j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
