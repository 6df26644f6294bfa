package io.falbench.kernels.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import io.falbench.kernels.java.PointSearch;

/** The djl backend's {@link PointSearch}: the points copied once into PyTorch, one matMul per search. */
final class DjlPointSearch implements PointSearch {

    private final NDManager manager;
    private final int size;
    private final int dim;
    private final NDArray points;
    private final NDArray norms;
    private NDArray unitPoints;

    DjlPointSearch(Embeddings embeddings) {
        this.manager = NDManager.newBaseManager();
        this.size = embeddings.size();
        this.dim = embeddings.dim();
        this.points = manager.create(embeddings.values(), new Shape(size, dim));
        this.norms = points.square().sum(new int[]{1}).reshape(size, 1);
    }

    @Override
    public RowExtrema search(float[] centres, int k, Metric metric, Extremum extremum) {
        try (NDScope scope = new NDScope()) {
            NDArray d = matrix(centres, k, metric);
            NDArray index = extremum == Extremum.MIN ? d.argMin(1) : d.argMax(1);
            NDArray value = extremum == Extremum.MIN ? d.min(new int[]{1}) : d.max(new int[]{1});
            long[] indices = index.toLongArray();
            int[] out = new int[indices.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) indices[i];
            }
            return new RowExtrema(out, value.toFloatArray());
        }
    }

    @Override
    public float[] distances(float[] centres, int k, Metric metric) {
        try (NDScope scope = new NDScope()) {
            return matrix(centres, k, metric).toFloatArray();
        }
    }

    private NDArray matrix(float[] centres, int k, Metric metric) {
        NDArray c = manager.create(centres, new Shape(k, dim));
        if (metric == Metric.COSINE) {
            if (unitPoints == null) {
                unitPoints = unitRows(points);
                NDScope.unregister(unitPoints);
            }
            return unitPoints.matMul(unitRows(c).transpose()).neg().add(1f);
        }
        NDArray centreNorms = c.square().sum(new int[]{1}).reshape(1, k);
        return points.matMul(c.transpose()).mul(-2f).add(norms).add(centreNorms).maximum(0f);
    }

    private static NDArray unitRows(NDArray matrix) {
        return matrix.div(matrix.norm(new int[]{1}, true).maximum(Float.MIN_NORMAL));
    }

    @Override
    public void close() {
        manager.close();
    }
}
