package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import io.falbench.kernels.simd.Simd;
import io.falbench.kernels.simd.WeightedSums;
import io.falbench.runtime.Parallel;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Weighted k-means with fixed centres, the core of IWKMeans (Abraham & Dreyfus-Schmidt 2021): the fixed centres
 * (labelled samples) take part in every assignment but never move; b free centres are seeded by weighted k-means++
 * honouring the fixed ones (D starts as the distance to the nearest fixed centre; draws proportional to w D^2,
 * Arthur & Vassilvitskii 2007), then refined by Lloyd's weighted means or by mini-batch updates with per-centre
 * rates w / (accumulated weight) (Sculley 2010). Backends supply only the distance search ({@link PointSearch});
 * draws, centre updates and stopping are shared, so every backend follows the same steps.
 */
final class WeightedKMeans {

    private WeightedKMeans() {
    }

    /** start: the free centres to begin from (null: the weighted k-means++ init). */
    static KMeansResult run(Embeddings x, float[] weights, Embeddings fixed, Embeddings start, KMeansOptions options,
                            Function<Embeddings, PointSearch> backend) {
        int n = x.size();
        int dim = x.dim();
        int fixedCount = fixed.size();
        int free = options.freeCentres();
        if (fixed.dim() != dim || weights.length != n || free > n) {
            throw new IllegalArgumentException("weighted k-means needs weights per point (" + weights.length + " for " + n
                    + "), fixed centres of dim " + dim + " (got " + fixed.dim() + ") and at most n free centres (" + free + ")");
        }
        if (start != null && (start.size() != free || start.dim() != dim)) {
            throw new IllegalArgumentException("weighted k-means from given centres needs " + free + " of dim " + dim
                    + " (got " + start.size() + " of dim " + start.dim() + ")");
        }
        int total = fixedCount + free;
        float[] centres = new float[total * dim];
        System.arraycopy(fixed.values(), 0, centres, 0, fixedCount * dim);
        SplittableRandom random = new SplittableRandom(options.seed());
        try (PointSearch search = backend.apply(x)) {
            if (start == null) {
                seed(x, weights, centres, fixedCount, free, random, search);
            } else {
                System.arraycopy(start.values(), 0, centres, fixedCount * dim, free * dim);
            }
            int iterations = options.isMiniBatch()
                    ? miniBatch(x, weights, centres, fixedCount, options, random, backend)
                    : lloyd(x, weights, centres, fixedCount, options, search);
            RowExtrema last = search.search(centres, total, Metric.SQUARED_EUCLIDEAN, Extremum.MIN);
            return new KMeansResult(new Embeddings(total, dim, centres), fixedCount, last.index(), last.distance(),
                    inertia(weights, last.distance()), iterations);
        }
    }

    private static void seed(Embeddings x, float[] weights, float[] centres, int fixedCount, int free,
                             SplittableRandom random, PointSearch search) {
        int n = x.size();
        int dim = x.dim();
        float[] nearest = new float[n];
        if (fixedCount > 0) {
            nearest = search.search(Arrays.copyOf(centres, fixedCount * dim), fixedCount, Metric.SQUARED_EUCLIDEAN, Extremum.MIN).distance();
        } else {
            Arrays.fill(nearest, Float.POSITIVE_INFINITY);
        }
        for (int t = 0; t < free; t++) {
            int point = draw(random.nextDouble(), nearest, weights);
            System.arraycopy(x.values(), point * dim, centres, (fixedCount + t) * dim, dim);
            float[] toNew = search.search(x.row(point), 1, Metric.SQUARED_EUCLIDEAN, Extremum.MIN).distance();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], toNew[i]);
            }
            nearest[point] = 0f;
        }
    }

    /** Point with probability w D / sum w D (D squared; infinite D: by weight alone); all zero: the lowest positive weight. */
    static int draw(double uniform, float[] squaredDistances, float[] weights) {
        boolean noCentres = squaredDistances.length > 0 && Float.isInfinite(squaredDistances[0]);
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += mass(squaredDistances[i], weights[i], noCentres);
        }
        double target = uniform * total;
        double running = 0;
        int lastPositive = 0;
        for (int i = 0; i < weights.length; i++) {
            double m = mass(squaredDistances[i], weights[i], noCentres);
            if (m > 0) {
                running += m;
                lastPositive = i;
                if (running > target) {
                    return i;
                }
            }
        }
        return lastPositive;
    }

    private static double mass(float squaredDistance, float weight, boolean noCentres) {
        return noCentres ? weight : (double) weight * squaredDistance;
    }

    private static int lloyd(Embeddings x, float[] weights, float[] centres, int fixedCount, KMeansOptions options,
                             PointSearch search) {
        int total = centres.length / x.dim();
        double previous = Double.POSITIVE_INFINITY;
        int iteration = 0;
        while (iteration < options.maxIterations()) {
            RowExtrema assigned = search.search(centres, total, Metric.SQUARED_EUCLIDEAN, Extremum.MIN);
            iteration++;
            moveToWeightedMeans(x, weights, assigned.index(), centres, fixedCount);
            double inertia = inertia(weights, assigned.distance());
            if (options.tolerance() > 0 && previous - inertia <= options.tolerance() * previous) {
                break;
            }
            previous = inertia;
        }
        return iteration;
    }

    /** Free centre j := sum_{i in j} w_i x_i / sum w_i, in double per chunk, chunks added in order; empty: unchanged. */
    static void moveToWeightedMeans(Embeddings x, float[] weights, int[] assignment, float[] centres, int fixedCount) {
        int dim = x.dim();
        int total = centres.length / dim;
        int chunks = Parallel.chunks(x.size());
        double[][] sums = new double[chunks][total * dim];
        double[][] mass = new double[chunks][total];
        float[] values = x.values();
        Parallel.forChunks(x.size(), (chunk, from, to) -> {
            double[] sum = sums[chunk];
            double[] m = mass[chunk];
            for (int i = from; i < to; i++) {
                int j = assignment[i];
                if (j < fixedCount) {
                    continue;
                }
                double w = weights[i];
                m[j] += w;
                int base = j * dim;
                int row = i * dim;
                if (Simd.ENABLED) {
                    WeightedSums.addScaled(sum, base, w, values, row, dim);
                    continue;
                }
                for (int d = 0; d < dim; d++) {
                    sum[base + d] += w * values[row + d];
                }
            }
        });
        for (int j = fixedCount; j < total; j++) {
            double m = 0;
            for (int c = 0; c < chunks; c++) {
                m += mass[c][j];
            }
            if (m <= 0) {
                continue;
            }
            for (int d = 0; d < dim; d++) {
                double s = 0;
                for (int c = 0; c < chunks; c++) {
                    s += sums[c][j * dim + d];
                }
                centres[j * dim + d] = (float) (s / m);
            }
        }
    }

    private static int miniBatch(Embeddings x, float[] weights, float[] centres, int fixedCount, KMeansOptions options,
                                 SplittableRandom random, Function<Embeddings, PointSearch> backend) {
        int dim = x.dim();
        int total = centres.length / dim;
        int batch = Math.min(options.batchSize(), x.size());
        double[] accumulated = new double[total];
        float[] rows = new float[batch * dim];
        int[] picked = new int[batch];
        for (int iteration = 0; iteration < options.maxIterations(); iteration++) {
            for (int b = 0; b < batch; b++) {
                picked[b] = random.nextInt(x.size());
                System.arraycopy(x.values(), picked[b] * dim, rows, b * dim, dim);
            }
            int[] nearest;
            try (PointSearch batchSearch = backend.apply(new Embeddings(batch, dim, rows.clone()))) {
                nearest = batchSearch.search(centres, total, Metric.SQUARED_EUCLIDEAN, Extremum.MIN).index();
            }
            for (int b = 0; b < batch; b++) {
                int j = nearest[b];
                float w = weights[picked[b]];
                if (j < fixedCount || w <= 0) {
                    continue;
                }
                accumulated[j] += w;
                float rate = (float) (w / accumulated[j]);
                for (int d = 0; d < dim; d++) {
                    centres[j * dim + d] += rate * (rows[b * dim + d] - centres[j * dim + d]);
                }
            }
        }
        return options.maxIterations();
    }

    static double inertia(float[] weights, float[] squaredDistances) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (double) weights[i] * squaredDistances[i];
        }
        return sum;
    }
}
