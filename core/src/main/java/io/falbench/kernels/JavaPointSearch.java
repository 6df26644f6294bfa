package io.falbench.kernels;

/** The java backend's {@link PointSearch}: register-blocked dots (four rows at a time with the Vector API, else pairs), one chunk of rows per thread. */
final class JavaPointSearch implements PointSearch {

    private final Embeddings points;
    private final float[] norms;

    JavaPointSearch(Embeddings points) {
        this.points = points;
        this.norms = points.squaredNorms();
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
            float value = extremum.worst();
            for (int j = 0; j < k; j++) {
                if (extremum.better(distances[j], value)) {
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
        Parallel.forRange(points.size(), (from, to) -> {
            float[] dots0 = new float[k];
            float[] dots1 = new float[k];
            float[] dots2 = new float[k];
            float[] dots3 = new float[k];
            int start = from;
            if (Simd.ENABLED) {
                for (; start + 3 < to; start += 4) {
                    VectorDots.fourRows(x, start * dim, (start + 1) * dim, (start + 2) * dim, (start + 3) * dim, centres, k, dim,
                            dots0, dots1, dots2, dots3);
                    float[][] rows = {dots0, dots1, dots2, dots3};
                    for (int r = 0; r < 4; r++) {
                        toDistances(rows[r], norms[start + r], centreNorms, metric);
                        sink.accept(start + r, rows[r]);
                    }
                }
            }
            for (int i = start; i < to; i += 2) {
                int second = Math.min(i + 1, to - 1);
                BlockedDots.twoRows(x, i * dim, second * dim, centres, k, dim, dots0, dots1);
                toDistances(dots0, norms[i], centreNorms, metric);
                sink.accept(i, dots0);
                if (second != i) {
                    toDistances(dots1, norms[second], centreNorms, metric);
                    sink.accept(second, dots1);
                }
            }
        });
    }

    static void toDistances(float[] dots, float rowNorm, float[] centreNorms, Metric metric) {
        for (int j = 0; j < dots.length; j++) {
            dots[j] = metric == Metric.SQUARED_EUCLIDEAN
                    ? Math.max(0f, rowNorm + centreNorms[j] - 2f * dots[j])
                    : 1f - cosine(dots[j], rowNorm, centreNorms[j]);
        }
    }

    static float cosine(float dot, float squaredNormA, float squaredNormB) {
        double denominator = Math.sqrt((double) squaredNormA * squaredNormB);
        return denominator == 0 ? 0f : (float) (dot / denominator);
    }

    @Override
    public void close() {
        // heap arrays only
    }
}
