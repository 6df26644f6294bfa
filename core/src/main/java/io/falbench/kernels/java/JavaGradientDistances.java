package io.falbench.kernels.java;

import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.simd.Dot;
import io.falbench.runtime.Parallel;
import java.util.Arrays;

/**
 * The java backend's seeding pass on factorised gradient embeddings (BADGE, Ash et al. 2020): per new centre
 * c = r_c (x) h_c and point x = r (x) h, d = ||r||^2||h||^2 + ||r_c||^2||h_c||^2 - 2 (r.r_c)(h.h_c), one pass over
 * n x (C + D) floats with the norms kept; optionally pruned by the triangle inequality ({@link TrianglePruning}).
 */
final class JavaGradientDistances extends HeapCentreDistances {

    private final GradientEmbeddings points;
    private final GradientEmbeddings anchorRows;
    private final TrianglePruning pruning;
    /** Pruning only: residual and feature rows of every registered slot (anchors and centres), contiguous. */
    private float[] slotResiduals;
    private float[] slotFeatures;
    private long skipped;
    private long visited;

    JavaGradientDistances(GradientEmbeddings points, GradientEmbeddings anchors, boolean pruned) {
        super(points.squaredNorms(), anchors.size());
        if (anchors.classes() != points.classes() || anchors.features() != points.features()) {
            throw new IllegalArgumentException("anchors have C=" + anchors.classes() + ", D=" + anchors.features()
                    + " but points have C=" + points.classes() + ", D=" + points.features());
        }
        this.points = points;
        this.anchorRows = anchors;
        this.pruning = pruned ? new TrianglePruning(points.size()) : null;
        if (pruned) {
            slotResiduals = new float[64 * points.classes()];
            slotFeatures = new float[64 * points.features()];
        }
    }

    @Override
    public void addCentre(int point) {
        update(points.residual(point), points.feature(point), norms[point]);
        distances[point] = 0f;
    }

    @Override
    public void addAnchor(int anchor) {
        float[] r = anchorRows.residual(anchor);
        float[] h = anchorRows.feature(anchor);
        update(r, h, Dot.dot(r, 0, r, 0, r.length) * Dot.dot(h, 0, h, 0, h.length));
    }

    /** Fraction of point visits the pruning skipped (0 when unpruned). */
    double skippedFraction() {
        return visited == 0 ? 0 : (double) skipped / visited;
    }

    private void update(float[] r, float[] h, float centreNorm) {
        int classes = points.classes();
        int features = points.features();
        float[] residuals = points.residuals();
        float[] hidden = points.hidden();
        if (pruning == null) {
            Parallel.forRange(points.size(), (from, to) -> {
                for (int i = from; i < to; i++) {
                    float v = factorised(residuals, hidden, i, classes, features, r, h, centreNorm);
                    if (v < distances[i]) {
                        distances[i] = v;
                    }
                }
            });
            return;
        }
        int previous = pruning.slots();
        float[] limits = slotDistances(r, h, centreNorm, previous);
        pruning.toLimits(limits, previous, centreNorm);
        int slot = register(r, h, centreNorm);
        int[] owner = pruning.owner;
        long[] skips = new long[Parallel.chunks(points.size())];
        Parallel.forChunks(points.size(), (chunk, from, to) -> {
            long skippedHere = 0;
            for (int i = from; i < to; i++) {
                if (TrianglePruning.canSkip(owner[i], distances[i], norms[i], limits)) {
                    skippedHere++;
                    continue;
                }
                float v = factorised(residuals, hidden, i, classes, features, r, h, centreNorm);
                if (v < distances[i]) {
                    distances[i] = v;
                    owner[i] = slot;
                }
            }
            skips[chunk] = skippedHere;
        });
        for (long s : skips) {
            skipped += s;
        }
        visited += points.size();
    }

    private float factorised(float[] residuals, float[] hidden, int i, int classes, int features,
                             float[] r, float[] h, float centreNorm) {
        float ac = Dot.dot(residuals, i * classes, r, 0, classes);
        float bd = Dot.dot(hidden, i * features, h, 0, features);
        return Math.max(0f, norms[i] + centreNorm - 2f * ac * bd);
    }

    /** Squared factorised distances from the new centre to every registered slot. */
    private float[] slotDistances(float[] r, float[] h, float centreNorm, int count) {
        int classes = points.classes();
        int features = points.features();
        float[] result = new float[Math.max(count, 1)];
        Parallel.forRange(count, (from, to) -> {
            for (int j = from; j < to; j++) {
                float rr = Dot.dot(slotResiduals, j * classes, r, 0, classes);
                float hh = Dot.dot(slotFeatures, j * features, h, 0, features);
                result[j] = Math.max(0f, pruning.norm(j) + centreNorm - 2f * rr * hh);
            }
        });
        return result;
    }

    private int register(float[] r, float[] h, float centreNorm) {
        int slot = pruning.register(centreNorm);
        int classes = points.classes();
        int features = points.features();
        if ((slot + 1) * classes > slotResiduals.length) {
            slotResiduals = Arrays.copyOf(slotResiduals, slotResiduals.length * 2);
            slotFeatures = Arrays.copyOf(slotFeatures, slotFeatures.length * 2);
        }
        System.arraycopy(r, 0, slotResiduals, slot * classes, classes);
        System.arraycopy(h, 0, slotFeatures, slot * features, features);
        return slot;
    }
}
