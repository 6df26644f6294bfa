package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.IncrementalKMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * cardinal's incremental mini-batch k-means, IWKMeans as OpenAL runs it (Abraham and Dreyfus-Schmidt 2021;
 * {@code cardinal/kmeans.py} {@code IncrementalMiniBatchKMeans.fit}): m fixed centres (labelled samples) and b free
 * ones. A validation subset of s = 3 x batch samples (3 x (m + b) when 3 x batch is fewer than the centres; at most n)
 * is drawn with replacement; each of the {@code inits} seedings draws its own subset of s samples (all n when s = n),
 * seeds greedy k-means++ on it ({@link GreedySeeding}), takes one mini-batch step on the validation subset and is
 * scored by the validation inertia after it; the lowest keeps its centres and accumulated weights. Then up to
 * maxIterations x ceil(n / batch) steps ({@link MiniBatchStep}) on batches drawn with replacement, low-weight free
 * centres reassigned at steps t (1-based) where t is a multiple of 10 + floor(smallest accumulated weight), stopping
 * early by {@link SmoothedInertiaStop}. Every draw comes from one SplittableRandom(seed); backends supply only the
 * distance search, so all follow the same steps.
 */
final class IncrementalMiniBatchKMeans {

    private IncrementalMiniBatchKMeans() {
    }

    static KMeansResult run(Embeddings x, float[] weights, Embeddings fixed, IncrementalKMeansOptions options,
                            Function<Embeddings, PointSearch> backend) {
        int n = x.size();
        int dim = x.dim();
        int fixedCount = fixed.size();
        int total = fixedCount + options.freeCentres();
        if (fixed.dim() != dim || weights.length != n || options.freeCentres() > n) {
            throw new IllegalArgumentException("incremental k-means needs weights per point (" + weights.length
                    + " for " + n + "), fixed centres of dim " + dim + " (got " + fixed.dim()
                    + ") and at most n free centres (" + options.freeCentres() + ")");
        }
        int batch = options.batchSize();
        int subset = subsetSize(batch, total, n);
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] validation = draws(random, n, subset);
        Embeddings validationRows = rows(x, validation);
        float[] validationWeights = gather(weights, validation);
        MiniBatchStep best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int init = 0; init < options.inits(); init++) {
            Embeddings seedRows = subset < n ? rows(x, draws(random, n, subset)) : x;
            float[] centres;
            try (PointSearch search = backend.apply(seedRows)) {
                centres = GreedySeeding.centres(seedRows, fixed.values(), fixedCount, options.freeCentres(), random,
                        search);
            }
            MiniBatchStep run = new MiniBatchStep(centres, fixedCount, dim, options.reassignmentRatio(), backend);
            run.step(validationRows, validationWeights, false, random);
            double inertia = run.inertia(validationRows, validationWeights);
            if (best == null || inertia < bestInertia) {
                best = run;
                bestInertia = inertia;
            }
        }
        long steps = (long) options.maxIterations() * ((n + batch - 1) / batch);
        SmoothedInertiaStop stop = new SmoothedInertiaStop(batch, n, options.maxNoImprovement());
        long step = 0;
        while (step < steps) {
            int[] picked = draws(random, n, batch);
            boolean reassign = (step + 1) % (10 + (long) best.smallestCount()) == 0;
            double batchInertia = best.step(rows(x, picked), gather(weights, picked), reassign, random);
            step++;
            if (stop.after(batchInertia)) {
                break;
            }
        }
        try (PointSearch search = backend.apply(x)) {
            RowExtrema last = search.search(best.centres(), total, Metric.SQUARED_EUCLIDEAN, Extremum.MIN);
            return new KMeansResult(new Embeddings(total, dim, best.centres()), fixedCount, last.index(),
                    last.distance(), WeightedKMeans.inertia(weights, last.distance()), (int) step);
        }
    }

    /** Size of the seeding and validation subsets: 3 x batch, or 3 x centres if 3 x batch is fewer; at most n. */
    static int subsetSize(int batch, int centres, int n) {
        return Math.min(3 * batch < centres ? 3 * centres : 3 * batch, n);
    }

    /** {@code count} positions of [0, n) drawn uniformly with replacement. */
    private static int[] draws(SplittableRandom random, int n, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = random.nextInt(n);
        }
        return out;
    }

    private static Embeddings rows(Embeddings x, int[] positions) {
        int dim = x.dim();
        float[] out = new float[positions.length * dim];
        for (int i = 0; i < positions.length; i++) {
            System.arraycopy(x.values(), positions[i] * dim, out, i * dim, dim);
        }
        return new Embeddings(positions.length, dim, out);
    }

    private static float[] gather(float[] values, int[] positions) {
        float[] out = new float[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = values[positions[i]];
        }
        return out;
    }
}
