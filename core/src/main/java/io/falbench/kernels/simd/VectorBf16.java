package io.falbench.kernels.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** The Vector API form of {@code Bf16.dot}: decode two bfloat16 per int lane by shift and mask, fused multiply-add. */
public final class VectorBf16 {

    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    private static final int LANES = INTS.length();

    private VectorBf16() {
    }

    public static float dot(int[] packed, int offset, float[] even, float[] odd, int half) {
        int bound = INTS.loopBound(half);
        FloatVector s0 = FloatVector.zero(FLOATS);
        FloatVector s1 = FloatVector.zero(FLOATS);
        int j = 0;
        for (; j < bound; j += LANES) {
            IntVector v = IntVector.fromArray(INTS, packed, offset + j);
            FloatVector low = v.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats();
            FloatVector high = v.and(0xFFFF0000).reinterpretAsFloats();
            s0 = low.fma(FloatVector.fromArray(FLOATS, even, j), s0);
            s1 = high.fma(FloatVector.fromArray(FLOATS, odd, j), s1);
        }
        float sum = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; j < half; j++) {
            int v = packed[offset + j];
            sum += Float.intBitsToFloat(v << 16) * even[j] + Float.intBitsToFloat(v & 0xFFFF0000) * odd[j];
        }
        return sum;
    }
}
