package io.falbench.kernels.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Uncertainty;
import io.falbench.kernels.java.BackendKernels;
import io.falbench.kernels.java.CentreDistances;
import io.falbench.kernels.java.PointSearch;

/**
 * The djl backend: PyTorch through DJL (CPU here; CUDA where DJL finds a CUDA libtorch). Every NDArray lives in a
 * manager opened and closed by the kernel call; float[] cross at the edge. Selection rules, k-means steps and assignment
 * are shared ({@link BackendKernels}).
 */
public final class DjlKernels extends BackendKernels {

    @Override
    public String name() {
        return "djl";
    }

    @Override
    protected CentreDistances gradientPass(GradientEmbeddings points, GradientEmbeddings anchors) {
        return new DjlGradientDistances(points, anchors);
    }

    @Override
    protected CentreDistances embeddingPass(Embeddings points, Embeddings anchors) {
        return new DjlEmbeddingDistances(points, anchors);
    }

    @Override
    protected PointSearch pointSearch(Embeddings points) {
        return new DjlPointSearch(points);
    }

    @Override
    public float[] gradientSquaredNorms(GradientEmbeddings embeddings) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray r = manager.create(embeddings.residuals(), new Shape(embeddings.size(), embeddings.classes()));
            NDArray h = manager.create(embeddings.hidden(), new Shape(embeddings.size(), embeddings.features()));
            return r.square().sum(new int[]{1}).mul(h.square().sum(new int[]{1})).toFloatArray();
        }
    }

    @Override
    public float[] gradientDistances(GradientEmbeddings rows, GradientEmbeddings columns) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray ra = manager.create(rows.residuals(), new Shape(rows.size(), rows.classes()));
            NDArray ha = manager.create(rows.hidden(), new Shape(rows.size(), rows.features()));
            NDArray rb = manager.create(columns.residuals(), new Shape(columns.size(), columns.classes()));
            NDArray hb = manager.create(columns.hidden(), new Shape(columns.size(), columns.features()));
            NDArray na = ra.square().sum(new int[]{1}).mul(ha.square().sum(new int[]{1})).reshape(rows.size(), 1);
            NDArray nb = rb.square().sum(new int[]{1}).mul(hb.square().sum(new int[]{1})).reshape(1, columns.size());
            NDArray cross = ra.matMul(rb.transpose()).mul(ha.matMul(hb.transpose()));
            return cross.mul(-2f).add(na).add(nb).maximum(0f).toFloatArray();
        }
    }

    @Override
    public float[] uncertainty(float[] probabilities, int size, int classes, Uncertainty measure) {
        if (classes == 1 && measure != Uncertainty.LEAST_CONFIDENCE) {
            return new float[size];
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray p = manager.create(probabilities, new Shape(size, classes));
            switch (measure) {
                case LEAST_CONFIDENCE:
                    return p.max(new int[]{1}).neg().add(1f).toFloatArray();
                case MARGIN: {
                    NDList top = p.topK(2, 1);
                    NDArray values = top.get(0);
                    return values.get(new NDIndex(":, 0")).sub(values.get(new NDIndex(":, 1"))).neg().add(1f).toFloatArray();
                }
                case ENTROPY:
                    return p.mul(p.maximum(Float.MIN_NORMAL).log()).sum(new int[]{1}).div(-Math.log(classes)).toFloatArray();
                default:
                    throw new IllegalArgumentException("unknown measure " + measure);
            }
        }
    }
}
