package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.simd.Dot;
import io.falbench.runtime.Parallel;
import java.util.Arrays;

/**
 * The java backend's seeding pass on plain embeddings (CoreSet, k-means++): per new centre c, D = min(D, ||x - c||^2)
 * from the differences, one pass over n x dim floats; optionally pruned by the triangle inequality ({@link TrianglePruning}).
 */
final class JavaEmbeddingDistances extends HeapCentreDistances {

    private final Embeddings points;
    private final Embeddings anchorRows;
    private final TrianglePruning pruning;
    private float[] slotRows;

    JavaEmbeddingDistances(Embeddings points, Embeddings anchors, boolean pruned) {
        super(points.squaredNorms(), anchors.size());
        if (anchors.dim() != points.dim()) {
            throw new IllegalArgumentException("anchors have dim " + anchors.dim() + " but points have " + points.dim());
        }
        this.points = points;
        this.anchorRows = anchors;
        this.pruning = pruned ? new TrianglePruning(points.size()) : null;
        if (pruned) {
            slotRows = new float[64 * points.dim()];
        }
    }

    @Override
    public void addCentre(int point) {
        update(points.row(point), norms[point]);
        distances[point] = 0f;
    }

    @Override
    public void addAnchor(int anchor) {
        float[] c = anchorRows.row(anchor);
        update(c, Dot.dot(c, 0, c, 0, c.length));
    }

    private void update(float[] c, float centreNorm) {
        int dim = points.dim();
        float[] x = points.values();
        if (pruning == null) {
            Parallel.forRange(points.size(), (from, to) -> {
                for (int i = from; i < to; i++) {
                    float v = Dot.squaredDistance(x, i * dim, c, 0, dim);
                    if (v < distances[i]) {
                        distances[i] = v;
                    }
                }
            });
            return;
        }
        int previous = pruning.slots();
        float[] limits = new float[Math.max(previous, 1)];
        Parallel.forRange(previous, (from, to) -> {
            for (int j = from; j < to; j++) {
                limits[j] = Dot.squaredDistance(slotRows, j * dim, c, 0, dim);
            }
        });
        pruning.toLimits(limits, previous, centreNorm);
        int slot = pruning.register(centreNorm);
        if ((slot + 1) * dim > slotRows.length) {
            slotRows = Arrays.copyOf(slotRows, slotRows.length * 2);
        }
        System.arraycopy(c, 0, slotRows, slot * dim, dim);
        int[] owner = pruning.owner;
        Parallel.forRange(points.size(), (from, to) -> {
            for (int i = from; i < to; i++) {
                if (TrianglePruning.canSkip(owner[i], distances[i], norms[i], limits)) {
                    continue;
                }
                float v = Dot.squaredDistance(x, i * dim, c, 0, dim);
                if (v < distances[i]) {
                    distances[i] = v;
                    owner[i] = slot;
                }
            }
        });
    }
}
