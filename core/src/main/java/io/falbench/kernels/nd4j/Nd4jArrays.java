package io.falbench.kernels.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** float[] to and from ND4J at the edge of the nd4j backend, plus the row norms every pass needs. */
final class Nd4jArrays {

    private Nd4jArrays() {
    }

    static INDArray matrix(float[] values, int rows, int columns) {
        return Nd4j.create(values, new long[]{rows, columns}, DataType.FLOAT);
    }

    static INDArray vector(float[] values) {
        return Nd4j.create(values, new long[]{values.length}, DataType.FLOAT);
    }

    /** ||row||^2 per row, shape [rows]. */
    static INDArray squaredRowNorms(INDArray matrix) {
        return matrix.mul(matrix).sum(1);
    }

    /** Rows divided by their Euclidean norm (zero rows stay zero). */
    static INDArray unitRows(INDArray matrix) {
        INDArray norms = Transforms.max(matrix.norm2(1), Float.MIN_NORMAL, false);
        return matrix.divColumnVector(norms.reshape(norms.length(), 1));
    }

    static int[] toInts(INDArray indices) {
        long[] values = indices.toLongVector();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }
}
