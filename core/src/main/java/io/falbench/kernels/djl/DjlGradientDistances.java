package io.falbench.kernels.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.java.CentreDistances;
import io.falbench.kernels.simd.Dot;

/**
 * The djl backend's seeding pass on factorised gradient embeddings (BADGE, Ash et al. 2020): two matrix-vector
 * products per centre in PyTorch, then D = min(D, ||g||^2 + ||g_c||^2 - 2 (R r_c)(H h_c)). Native arrays live in
 * this pass's own manager; each update's temporaries in an NDScope.
 */
final class DjlGradientDistances implements CentreDistances {

    private final NDManager manager;
    private final int size;
    private final NDArray residuals;
    private final NDArray hidden;
    private final NDArray norms;
    private final float[] normsOnHeap;
    private final GradientEmbeddings anchorRows;
    private NDArray distances;

    DjlGradientDistances(GradientEmbeddings points, GradientEmbeddings anchors) {
        this.manager = NDManager.newBaseManager();
        this.size = points.size();
        this.residuals = manager.create(points.residuals(), new Shape(size, points.classes()));
        this.hidden = manager.create(points.hidden(), new Shape(size, points.features()));
        this.norms = residuals.square().sum(new int[]{1}).mul(hidden.square().sum(new int[]{1}));
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
            update(residuals.get(point), hidden.get(point), normsOnHeap[point]);
        }
        distances.set(new NDIndex(point), 0f);
    }

    @Override
    public void addAnchor(int anchor) {
        float[] r = anchorRows.residual(anchor);
        float[] h = anchorRows.feature(anchor);
        try (NDScope scope = new NDScope()) {
            update(manager.create(r), manager.create(h), Dot.dot(r, 0, r, 0, r.length) * Dot.dot(h, 0, h, 0, h.length));
        }
    }

    /** Call inside an NDScope: every temporary is closed with it, the new D is kept. */
    private void update(NDArray r, NDArray h, float centreNorm) {
        NDArray ac = residuals.matMul(r.reshape(r.size(), 1)).reshape(size);
        NDArray bd = hidden.matMul(h.reshape(h.size(), 1)).reshape(size);
        NDArray d = ac.mul(bd).mul(-2f).add(norms).add(centreNorm).maximum(0f);
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
