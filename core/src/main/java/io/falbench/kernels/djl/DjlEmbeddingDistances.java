package io.falbench.kernels.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.java.CentreDistances;
import io.falbench.kernels.simd.Dot;

/** The djl backend's seeding pass on plain embeddings: one matrix-vector product per centre in PyTorch, then min. */
final class DjlEmbeddingDistances implements CentreDistances {

    private final NDManager manager;
    private final int size;
    private final NDArray points;
    private final NDArray norms;
    private final float[] normsOnHeap;
    private final Embeddings anchorRows;
    private NDArray distances;

    DjlEmbeddingDistances(Embeddings embeddings, Embeddings anchors) {
        this.manager = NDManager.newBaseManager();
        this.size = embeddings.size();
        this.points = manager.create(embeddings.values(), new Shape(size, embeddings.dim()));
        this.norms = points.square().sum(new int[]{1});
        this.normsOnHeap = norms.toFloatArray();
        this.anchorRows = anchors;
        this.distances = manager.full(new Shape(size), Float.POSITIVE_INFINITY);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public float[] squaredNorms() {
        return normsOnHeap.clone();
    }

    @Override
    public int anchors() {
        return anchorRows.size();
    }

    @Override
    public void addCentre(int point) {
        try (NDScope scope = new NDScope()) {
            update(points.get(point), normsOnHeap[point]);
        }
        distances.set(new NDIndex(point), 0f);
    }

    @Override
    public void addAnchor(int anchor) {
        float[] c = anchorRows.row(anchor);
        try (NDScope scope = new NDScope()) {
            update(manager.create(c), Dot.dot(c, 0, c, 0, c.length));
        }
    }

    private void update(NDArray centre, float centreNorm) {
        NDArray dots = points.matMul(centre.reshape(centre.size(), 1)).reshape(size);
        NDArray d = dots.mul(-2f).add(norms).add(centreNorm).maximum(0f);
        NDArray next = distances.minimum(d);
        NDScope.unregister(next);
        distances.close();
        distances = next;
    }

    @Override
    public float[] distances() {
        return distances.toFloatArray();
    }

    @Override
    public void close() {
        manager.close();
    }
}
