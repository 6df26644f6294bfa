package io.falbench.kernels.nd4j;

import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.java.CentreDistances;
import io.falbench.kernels.simd.Dot;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The nd4j backend's seeding pass on factorised gradient embeddings (BADGE, Ash et al. 2020): two GEMVs per centre,
 * R r_c (n x C) and H h_c (n x D), then d = ||g||^2 + ||g_c||^2 - 2 (R r_c)(H h_c) and D = min(D, d), all in ND4J.
 */
final class Nd4jGradientDistances implements CentreDistances {

    private final int size;
    private final INDArray residuals;
    private final INDArray hidden;
    private final INDArray norms;
    private final GradientEmbeddings anchorRows;
    private INDArray distances;

    Nd4jGradientDistances(GradientEmbeddings points, GradientEmbeddings anchors) {
        this.size = points.size();
        this.residuals = Nd4jArrays.matrix(points.residuals(), size, points.classes());
        this.hidden = Nd4jArrays.matrix(points.hidden(), size, points.features());
        this.norms = Nd4jArrays.squaredRowNorms(residuals).muli(Nd4jArrays.squaredRowNorms(hidden));
        this.anchorRows = anchors;
        this.distances = Nd4j.valueArrayOf(new long[]{size}, Float.POSITIVE_INFINITY, org.nd4j.linalg.api.buffer.DataType.FLOAT);
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
        update(residuals.getRow(point), hidden.getRow(point), norms.getFloat(point));
        distances.putScalar(point, 0.0);
    }

    @Override
    public void addAnchor(int anchor) {
        float[] r = anchorRows.residual(anchor);
        float[] h = anchorRows.feature(anchor);
        update(Nd4jArrays.vector(r), Nd4jArrays.vector(h), Dot.dot(r, 0, r, 0, r.length) * Dot.dot(h, 0, h, 0, h.length));
    }

    private void update(INDArray r, INDArray h, float centreNorm) {
        INDArray ac = residuals.mmul(r.reshape(r.length(), 1)).reshape(size);
        INDArray bd = hidden.mmul(h.reshape(h.length(), 1)).reshape(size);
        INDArray d = ac.muli(bd).muli(-2f).addi(norms).addi(centreNorm);
        distances = Transforms.min(distances, Transforms.max(d, 0f, false), false);
    }

    @Override
    public float[] distances() {
        return distances.toFloatVector();
    }

    @Override
    public void close() {
        residuals.close();
        hidden.close();
    }
}
