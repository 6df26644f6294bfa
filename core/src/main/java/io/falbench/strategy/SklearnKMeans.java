package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * scikit-learn's {@code KMeans(n_clusters=k)} (1.0.1; cardinal's {@code KMeansSampler} and LoGo's macro step,
 * raymin0223/LoGo {@code query_strategies/fal/logo.py}, call it with its defaults). On the data centred by its mean:
 * 10 runs by default, each greedy k-means++ (per centre 2 + floor(ln k) D^2 draws, the one leaving the
 * lowest potential kept; the first centre uniform) then Lloyd for up to 300 iterations by default (the "auto" algorithm is
 * Elkan's, which moves the centres as Lloyd does). A run stops when no label changed or when the centres moved by
 * sum ||shift||^2 <= 1e-4 x the mean per-feature variance, then labels once more from the last centres unless the
 * labels had settled. A cluster left empty takes the point farthest from its centre (farthest first, lowest index
 * on ties; scikit-learn's argpartition leaves that order open). The run of lowest inertia is kept, the first on
 * ties. Distances come from the kernels (float32, as LoGo's torch.Tensor embeddings); means, shifts and inertia are
 * summed in double. Every draw comes from one SplittableRandom, run after run.
 */
public final class SklearnKMeans {

    static final int RUNS = 10;
    static final int MAX_ITERATIONS = 300;
    static final double TOLERANCE = 1e-4;

    /** The label of every point, the sum of squared distances to its centre, and the centres (row-major). */
    public record Clustering(int[] labels, double inertia, float[] centres) {
    }

    private final Kernels kernels;
    private final int runs;
    private final int maxIterations;

    /** scikit-learn's defaults: 10 runs of at most 300 iterations. */
    public SklearnKMeans(Kernels kernels) {
        this(kernels, RUNS, MAX_ITERATIONS);
    }

    public SklearnKMeans(Kernels kernels, int runs, int maxIterations) {
        if (runs < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("k-means needs >= 1 run of >= 1 iteration, got " + runs + " x "
                    + maxIterations);
        }
        this.kernels = kernels;
        this.runs = runs;
        this.maxIterations = maxIterations;
    }

    /** The best of the runs on {@code points}; its centres in the points' own coordinates (the mean added back). */
    public Clustering fit(Embeddings points, int k, long seed) {
        if (k < 1 || k > points.size()) {
            throw new IllegalArgumentException("k-means needs 1 <= k <= n, got k = " + k + ", n = " + points.size());
        }
        Embeddings x = centred(points);
        double tolerance = TOLERANCE * meanVariance(x);
        SplittableRandom random = new SplittableRandom(seed);
        Clustering best = null;
        for (int run = 0; run < runs; run++) {
            Clustering clustering = lloyd(x, greedyKMeansPlusPlus(x, k, random), tolerance);
            if (best == null || clustering.inertia() < best.inertia()) {
                best = clustering;
            }
        }
        return new Clustering(best.labels(), best.inertia(), uncentred(best.centres(), points));
    }

    /** k centres, row-major: greedy k-means++, the first uniform (the kernels' shared seeding). */
    float[] greedyKMeansPlusPlus(Embeddings x, int k, SplittableRandom random) {
        return kernels.greedySeeding(x, Embeddings.empty(x.dim()), k, random);
    }

    /** One run of Lloyd from the given centres (row-major), with scikit-learn's stopping rules and relocation. */
    Clustering lloyd(Embeddings x, float[] initial, double tolerance) {
        int k = initial.length / x.dim();
        float[] centres = initial.clone();
        int[] labels = null;
        boolean settled = false;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int[] assigned = assign(x, centres, k);
            float[] moved = means(x, assigned, centres, k);
            double shift = squaredDistance(centres, moved);
            centres = moved;
            settled = Arrays.equals(assigned, labels);
            labels = assigned;
            if (settled || shift <= tolerance) {
                break;
            }
        }
        if (!settled) {
            labels = assign(x, centres, k);
        }
        return new Clustering(labels, inertia(x, centres, labels), centres);
    }

    private int[] assign(Embeddings x, float[] centres, int k) {
        return kernels.prototypeDistances(x, new Embeddings(k, x.dim(), centres), Metric.SQUARED_EUCLIDEAN,
                Extremum.MIN).index();
    }

    /** The mean of every cluster after relocating empty ones; a cluster left with no point keeps the zero sum. */
    static float[] means(Embeddings x, int[] labels, float[] centres, int k) {
        int dim = x.dim();
        double[] sums = new double[k * dim];
        int[] counts = new int[k];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]]++;
            for (int d = 0; d < dim; d++) {
                sums[labels[i] * dim + d] += x.values()[i * dim + d];
            }
        }
        relocateEmpty(x, labels, centres, sums, counts);
        float[] out = new float[k * dim];
        for (int j = 0; j < k; j++) {
            double scale = counts[j] > 0 ? 1.0 / counts[j] : 1.0;
            for (int d = 0; d < dim; d++) {
                out[j * dim + d] = (float) (sums[j * dim + d] * scale);
            }
        }
        return out;
    }

    /** Each empty cluster, in index order, takes the next point farthest from the centre it was assigned to. */
    static void relocateEmpty(Embeddings x, int[] labels, float[] centres, double[] sums, int[] counts) {
        int dim = x.dim();
        int[] empty = IntStream.range(0, counts.length).filter(j -> counts[j] == 0).toArray();
        if (empty.length == 0) {
            return;
        }
        double[] distance = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            distance[i] = squaredDistance(x.values(), i * dim, centres, labels[i] * dim, dim);
        }
        int[] farthest = IntStream.range(0, labels.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -distance[i]).thenComparingInt(i -> i))
                .limit(empty.length).mapToInt(Integer::intValue).toArray();
        for (int e = 0; e < empty.length; e++) {
            int point = farthest[e];
            int from = labels[point];
            for (int d = 0; d < dim; d++) {
                double value = x.values()[point * dim + d];
                sums[from * dim + d] -= value;
                sums[empty[e] * dim + d] = value;
            }
            counts[empty[e]] = 1;
            counts[from]--;
        }
    }

    static double inertia(Embeddings x, float[] centres, int[] labels) {
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            total += squaredDistance(x.values(), i * x.dim(), centres, labels[i] * x.dim(), x.dim());
        }
        return total;
    }

    static Embeddings centred(Embeddings points) {
        int n = points.size();
        int dim = points.dim();
        double[] mean = mean(points);
        float[] out = new float[n * dim];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
                out[i * dim + d] = (float) (points.values()[i * dim + d] - mean[d]);
            }
        }
        return new Embeddings(n, dim, out);
    }

    /** Centres found on the centred data, moved back by the points' mean (as scikit-learn's cluster_centers_). */
    static float[] uncentred(float[] centres, Embeddings points) {
        double[] mean = mean(points);
        float[] out = new float[centres.length];
        for (int j = 0; j < centres.length; j++) {
            out[j] = (float) (centres[j] + mean[j % points.dim()]);
        }
        return out;
    }

    private static double[] mean(Embeddings points) {
        int dim = points.dim();
        double[] mean = new double[dim];
        for (int i = 0; i < points.size(); i++) {
            for (int d = 0; d < dim; d++) {
                mean[d] += points.values()[i * dim + d];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] /= points.size();
        }
        return mean;
    }

    /** mean over features of the population variance, np.mean(np.var(X, axis=0)). */
    static double meanVariance(Embeddings x) {
        int n = x.size();
        int dim = x.dim();
        double total = 0;
        for (int d = 0; d < dim; d++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x.values()[i * dim + d];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double deviation = x.values()[i * dim + d] - mean;
                squares += deviation * deviation;
            }
            total += squares / n;
        }
        return total / dim;
    }

    private static double squaredDistance(float[] a, float[] b) {
        return squaredDistance(a, 0, b, 0, a.length);
    }

    private static double squaredDistance(float[] a, int aFrom, float[] b, int bFrom, int length) {
        double total = 0;
        for (int d = 0; d < length; d++) {
            double difference = (double) a[aFrom + d] - b[bFrom + d];
            total += difference * difference;
        }
        return total;
    }
}
