package io.falbench.kernels.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The accumulation of Lloyd's weighted means (the centre update of k-means): sum += w x in double, per coordinate the
 * same multiply then add as the scalar loop, so the sums are bit for bit the scalar ones. Loaded only when
 * {@link Simd#ENABLED}.
 */
public final class WeightedSums {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Floats in half the width, as many lanes as the doubles. */
    private static final VectorSpecies<Float> FLOATS = VectorSpecies.of(float.class,
            VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));
    private static final int LANES = DOUBLES.length();

    private WeightedSums() {
    }

    /** sum[sumOffset + d] += w * x[xOffset + d] for d < length. */
    public static void addScaled(double[] sum, int sumOffset, double w, float[] x, int xOffset, int length) {
        int bound = length - length % LANES;
        int d = 0;
        for (; d < bound; d += LANES) {
            DoubleVector v = (DoubleVector) FloatVector.fromArray(FLOATS, x, xOffset + d).convertShape(VectorOperators.F2D, DOUBLES, 0);
            DoubleVector.fromArray(DOUBLES, sum, sumOffset + d).add(v.mul(w)).intoArray(sum, sumOffset + d);
        }
        for (; d < length; d++) {
            sum[sumOffset + d] += w * x[xOffset + d];
        }
    }
}
