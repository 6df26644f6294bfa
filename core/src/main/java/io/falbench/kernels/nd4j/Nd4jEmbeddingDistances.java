package io.falbench.kernels.nd4j;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.java.CentreDistances;
import io.falbench.kernels.simd.Dot;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The nd4j backend's seeding pass on plain embeddings: one GEMV per centre, ||x||^2 + ||c||^2 - 2 X c, then min. */
final class Nd4jEmbeddingDistances implements CentreDistances {

    private final int size;
    private final INDArray points;
    private final INDArray norms;
    private final Embeddings anchorRows;
    private INDArray distances;

    Nd4jEmbeddingDistances(Embeddings embeddings, Embeddings anchors) {
        this.size = embeddings.size();
        this.points = Nd4jArrays.matrix(embeddings.values(), size, embeddings.dim());
        this.norms = Nd4jArrays.squaredRowNorms(points);
        this.anchorRows = anchors;
        this.distances = Nd4j.valueArrayOf(new long[]{size}, Float.POSITIVE_INFINITY, DataType.FLOAT);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public float[] squaredNorms() {
        return norms.toFloatVector();
    }

    @Override
    public int anchors() {
        return anchorRows.size();
    }

    @Override
    public void addCentre(int point) {
        update(points.getRow(point), norms.getFloat(point));
        distances.putScalar(point, 0.0);
    }

    @Override
    public void addAnchor(int anchor) {
        float[] c = anchorRows.row(anchor);
        update(Nd4jArrays.vector(c), Dot.dot(c, 0, c, 0, c.length));
    }

    private void update(INDArray centre, float centreNorm) {
        INDArray dots = points.mmul(centre.reshape(centre.length(), 1)).reshape(size);
        INDArray d = dots.muli(-2f).addi(norms).addi(centreNorm);
        distances = Transforms.min(distances, Transforms.max(d, 0f, false), false);
    }

    @Override
    public float[] distances() {
        return distances.toFloatVector();
    }

    @Override
    public void close() {
        points.close();
    }
}
