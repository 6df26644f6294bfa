package io.falbench.kernels.java;

import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.simd.Dot;
import io.falbench.runtime.Parallel;

/**
 * The java backend's seeding pass on factorised gradient embeddings (BADGE, Ash et al. 2020) with the n x D features
 * stored as bfloat16 ({@link Bf16}): each pass streams n x (4C + 2D) bytes instead of n x (4C + 4D). Residuals stay
 * float. The distances are those of the rounded features: within 1e-2 of ||g_x||^2 + ||g_c||^2 of the float ones
 * (tested), so selections follow the same law but are not bit-identical to the float passes.
 */
final class JavaBf16GradientDistances extends HeapCentreDistances {

    private final GradientEmbeddings points;
    private final GradientEmbeddings anchorRows;
    private final int[] packed;
    private final int half;

    JavaBf16GradientDistances(GradientEmbeddings points, GradientEmbeddings anchors) {
        super(new float[points.size()], anchors.size());
        this.points = points;
        this.anchorRows = anchors;
        this.half = (points.features() + 1) / 2;
        this.packed = Bf16.pack(points.hidden(), points.size(), points.features());
        int classes = points.classes();
        Parallel.forRange(points.size(), (from, to) -> {
            for (int i = from; i < to; i++) {
                float[][] h = Bf16.unpackRow(packed, i, half);
                norms[i] = Dot.dot(points.residuals(), i * classes, points.residuals(), i * classes, classes)
                        * Bf16.dot(packed, i * half, h[0], h[1], half);
            }
        });
    }

    @Override
    public void addCentre(int point) {
        float[][] h = Bf16.unpackRow(packed, point, half);
        update(points.residual(point), h[0], h[1], norms[point]);
        distances[point] = 0f;
    }

    @Override
    public void addAnchor(int anchor) {
        int[] row = Bf16.pack(anchorRows.feature(anchor), 1, anchorRows.features());
        float[][] h = Bf16.unpackRow(row, 0, half);
        float[] r = anchorRows.residual(anchor);
        update(r, h[0], h[1], Dot.dot(r, 0, r, 0, r.length) * Bf16.dot(row, 0, h[0], h[1], half));
    }

    private void update(float[] r, float[] even, float[] odd, float centreNorm) {
        int classes = points.classes();
        float[] residuals = points.residuals();
        Parallel.forRange(points.size(), (from, to) -> {
            for (int i = from; i < to; i++) {
                float ac = Dot.dot(residuals, i * classes, r, 0, classes);
                float bd = Bf16.dot(packed, i * half, even, odd, half);
                float v = Math.max(0f, norms[i] + centreNorm - 2f * ac * bd);
                if (v < distances[i]) {
                    distances[i] = v;
                }
            }
        });
    }
}
