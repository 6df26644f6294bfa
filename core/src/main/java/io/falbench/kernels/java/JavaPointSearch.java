package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import io.falbench.kernels.simd.Dot;
import io.falbench.kernels.simd.PanelDots;
import io.falbench.kernels.simd.Simd;
import io.falbench.kernels.simd.VectorDots;
import io.falbench.runtime.Parallel;
import java.util.Arrays;

/**
 * The java backend's {@link PointSearch}: with the Vector API, blocks of twelve rows through {@link PanelDots} (and
 * {@link VectorDots#fourRows} for centres past the last full panel); otherwise register-blocked pairs of rows. One chunk
 * of rows per thread.
 */
final class JavaPointSearch implements PointSearch {

    private final Embeddings points;
    private final float[] norms;

    JavaPointSearch(Embeddings points) {
        this.points = points;
        this.norms = points.squaredNorms();
    }

    /** Rows per block of the Vector API path: two calls of {@link PanelDots#sixRows}, three of {@link VectorDots#fourRows}. */
    private static final int BLOCK = 12;

    /** The centres split for the Vector API path: full panels packed for {@link PanelDots}, the rest kept row-major. */
    private static final class PanelSplit {
        private final int panels;
        private final int packedCount;
        private final int rest;
        private final float[] packed;
        private final float[] restCentres;

        PanelSplit(float[] centres, int k, int dim) {
            panels = PanelDots.fullPanels(k);
            packedCount = panels * PanelDots.WIDTH;
            rest = k - packedCount;
            packed = PanelDots.pack(centres, panels, dim);
            restCentres = Arrays.copyOfRange(centres, packedCount * dim, k * dim);
        }

        /** Scratch rows for the centres past the last panel, one set per thread. */
        float[][] tailScratch() {
            return new float[4][rest];
        }

        /** rows[r][j] = x[row + r] . c[j] for r < BLOCK, j < k. */
        void dots(float[] x, int row, int dim, float[][] rows, float[][] tail) {
            if (panels > 0) {
                PanelDots.sixRows(x, row, dim, packed, panels, rows, 0);
                PanelDots.sixRows(x, row + PanelDots.ROWS, dim, packed, panels, rows, PanelDots.ROWS);
            }
            if (rest == 0) {
                return;
            }
            for (int r = 0; r < BLOCK; r += 4) {
                VectorDots.fourRows(x, row * dim + r * dim, (row + r + 1) * dim, (row + r + 2) * dim, (row + r + 3) * dim,
                        restCentres, rest, dim, tail[0], tail[1], tail[2], tail[3]);
                for (int t = 0; t < 4; t++) {
                    System.arraycopy(tail[t], 0, rows[r + t], packedCount, rest);
                }
            }
        }
    }

    interface RowSink {
        void accept(int row, float[] distances);
    }

    @Override
    public RowExtrema search(float[] centres, int k, Metric metric, Extremum extremum) {
        int[] index = new int[points.size()];
        float[] best = new float[points.size()];
        forEachRow(centres, k, metric, (row, distances) -> {
            int arg = 0;
            float value = worst(extremum);
            for (int j = 0; j < k; j++) {
                if (better(extremum, distances[j], value)) {
                    value = distances[j];
                    arg = j;
                }
            }
            index[row] = arg;
            best[row] = value;
        });
        return new RowExtrema(index, best);
    }

    @Override
    public float[] distances(float[] centres, int k, Metric metric) {
        float[] out = new float[points.size() * k];
        forEachRow(centres, k, metric, (row, distances) -> System.arraycopy(distances, 0, out, row * k, k));
        return out;
    }

    private void forEachRow(float[] centres, int k, Metric metric, RowSink sink) {
        int dim = points.dim();
        float[] x = points.values();
        float[] centreNorms = new float[k];
        for (int j = 0; j < k; j++) {
            centreNorms[j] = Dot.dot(centres, j * dim, centres, j * dim, dim);
        }
        double[] centreRoots = new double[k];
        for (int j = 0; j < k; j++) {
            centreRoots[j] = Math.sqrt(centreNorms[j]);
        }
        PanelSplit split = Simd.ENABLED ? new PanelSplit(centres, k, dim) : null;
        Parallel.forRange(points.size(), (from, to) -> {
            float[] dots0 = new float[k];
            float[] dots1 = new float[k];
            int start = from;
            if (split != null) {
                float[][] rows = new float[BLOCK][k];
                float[][] tail = split.tailScratch();
                for (; start + BLOCK <= to; start += BLOCK) {
                    split.dots(x, start, dim, rows, tail);
                    for (int r = 0; r < BLOCK; r++) {
                        toDistances(rows[r], norms[start + r], centreNorms, centreRoots, metric);
                        sink.accept(start + r, rows[r]);
                    }
                }
            }
            for (int i = start; i < to; i += 2) {
                int second = Math.min(i + 1, to - 1);
                BlockedDots.twoRows(x, i * dim, second * dim, centres, k, dim, dots0, dots1);
                toDistances(dots0, norms[i], centreNorms, centreRoots, metric);
                sink.accept(i, dots0);
                if (second != i) {
                    toDistances(dots1, norms[second], centreNorms, centreRoots, metric);
                    sink.accept(second, dots1);
                }
            }
        });
    }

    /** Strictly better, so ties stay with the lowest index. */
    private static boolean better(Extremum extremum, float candidate, float incumbent) {
        return extremum == Extremum.MIN ? candidate < incumbent : candidate > incumbent;
    }

    private static float worst(Extremum extremum) {
        return extremum == Extremum.MIN ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
    }

    /** Dot products to distances in place; centreRoots[j] = sqrt(centreNorms[j]) (cosine only). */
    static void toDistances(float[] dots, float rowNorm, float[] centreNorms, double[] centreRoots, Metric metric) {
        if (metric == Metric.SQUARED_EUCLIDEAN) {
            for (int j = 0; j < dots.length; j++) {
                dots[j] = Math.max(0f, rowNorm + centreNorms[j] - 2f * dots[j]);
            }
            return;
        }
        double rowRoot = Math.sqrt(rowNorm);
        for (int j = 0; j < dots.length; j++) {
            double denominator = rowRoot * centreRoots[j];
            dots[j] = denominator == 0 ? 1f : 1f - (float) (dots[j] / denominator);
        }
    }

    @Override
    public void close() {
        // heap arrays only
    }
}
