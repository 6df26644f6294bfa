package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Metric;
import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii 2007; scikit-learn's {@code _k_init} as cardinal extends it in
 * {@code cardinal/kmeans.py}): every new centre is the best of 2 + floor(ln k) candidates drawn with probability
 * D^2 / sum D^2, the one leaving the smallest sum of squared distances to the nearest centre; k counts the fixed
 * centres too. Sample weights play no part. Fixed centres come first and give the initial D; without them the first
 * centre is drawn uniformly. A draw takes the first point whose running sum of D^2 (double, index order) exceeds it,
 * the last point if none does.
 */
final class GreedySeeding {

    private GreedySeeding() {
    }

    /** All centres (total x dim, the fixed ones first, unchanged), the free ones drawn from {@code x}. */
    static float[] centres(Embeddings x, float[] fixed, int fixedCount, int free, SplittableRandom random,
                           PointSearch search) {
        int n = x.size();
        int dim = x.dim();
        int total = fixedCount + free;
        float[] centres = new float[total * dim];
        System.arraycopy(fixed, 0, centres, 0, fixedCount * dim);
        int start = fixedCount;
        float[] closest;
        if (fixedCount > 0) {
            closest = search.search(fixed, fixedCount, Metric.SQUARED_EUCLIDEAN, Extremum.MIN).distance();
        } else {
            int first = random.nextInt(n);
            System.arraycopy(x.values(), first * dim, centres, 0, dim);
            closest = search.distances(x.row(first), 1, Metric.SQUARED_EUCLIDEAN);
            start = 1;
        }
        double potential = sum(closest);
        int trials = 2 + (int) Math.log(total);
        for (int c = start; c < total; c++) {
            double[] running = runningSums(closest);
            int[] candidates = new int[trials];
            float[] rows = new float[trials * dim];
            for (int t = 0; t < trials; t++) {
                candidates[t] = draw(random.nextDouble() * potential, running);
                System.arraycopy(x.values(), candidates[t] * dim, rows, t * dim, dim);
            }
            float[] toCandidates = search.distances(rows, trials, Metric.SQUARED_EUCLIDEAN);
            int best = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double p = 0;
                for (int i = 0; i < n; i++) {
                    p += Math.min(closest[i], toCandidates[i * trials + t]);
                }
                if (p < bestPotential) {
                    bestPotential = p;
                    best = t;
                }
            }
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], toCandidates[i * trials + best]);
            }
            potential = bestPotential;
            System.arraycopy(x.values(), candidates[best] * dim, centres, c * dim, dim);
        }
        return centres;
    }

    /** The first point whose running sum exceeds {@code target}; the last point if none does. */
    static int draw(double target, double[] running) {
        for (int i = 0; i < running.length; i++) {
            if (running[i] > target) {
                return i;
            }
        }
        return running.length - 1;
    }

    private static double[] runningSums(float[] values) {
        double[] out = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            out[i] = sum;
        }
        return out;
    }

    private static double sum(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
