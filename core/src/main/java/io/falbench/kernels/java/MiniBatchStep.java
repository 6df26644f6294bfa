package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One mini-batch step of cardinal's incremental k-means ({@code cardinal/kmeans.py} {@code _mini_batch_step}, after
 * Sculley 2010): assign the batch to the nearest centres (fixed ones included); when asked, move every free centre
 * whose accumulated weight is below {@code ratio} x the largest to a distinct random batch sample (at most half a
 * batch of centres, the lightest first) and set their accumulated weight to the smallest remaining one, the fixed
 * centres' 0 included; then move each free centre to the weighted mean of its accumulated mass and the batch samples
 * assigned to it (assignments made before the reassignment, as the reference). Fixed centres never move.
 */
final class MiniBatchStep {

    private final float[] centres;
    private final double[] counts;
    private final int fixedCount;
    private final int dim;
    private final double ratio;
    private final Function<Embeddings, PointSearch> backend;

    MiniBatchStep(float[] centres, int fixedCount, int dim, double ratio, Function<Embeddings, PointSearch> backend) {
        this.centres = centres;
        this.counts = new double[centres.length / dim];
        this.fixedCount = fixedCount;
        this.dim = dim;
        this.ratio = ratio;
        this.backend = backend;
    }

    float[] centres() {
        return centres;
    }

    double[] counts() {
        return counts;
    }

    double smallestCount() {
        return Arrays.stream(counts).min().orElse(0);
    }

    /** One step on {@code batch} (rows and their weights); the batch's weighted inertia before the centres move. */
    double step(Embeddings batch, float[] weights, boolean reassign, SplittableRandom random) {
        RowExtrema nearest = nearest(batch);
        if (reassign && ratio > 0) {
            reassignLight(batch, random);
        }
        int total = counts.length;
        double[] sums = new double[total * dim];
        double[] mass = new double[total];
        float[] rows = batch.values();
        double inertia = 0;
        for (int b = 0; b < batch.size(); b++) {
            int j = nearest.index()[b];
            double w = weights[b];
            inertia += w * nearest.distance()[b];
            if (j < fixedCount) {
                continue;
            }
            mass[j] += w;
            for (int d = 0; d < dim; d++) {
                sums[j * dim + d] += w * rows[b * dim + d];
            }
        }
        for (int j = fixedCount; j < total; j++) {
            if (mass[j] > 0) {
                double before = counts[j];
                counts[j] += mass[j];
                for (int d = 0; d < dim; d++) {
                    centres[j * dim + d] = (float) ((centres[j * dim + d] * before + sums[j * dim + d]) / counts[j]);
                }
            }
        }
        return inertia;
    }

    /** Weighted inertia of {@code rows} at the current centres. */
    double inertia(Embeddings rows, float[] weights) {
        return WeightedKMeans.inertia(weights, nearest(rows).distance());
    }

    private RowExtrema nearest(Embeddings rows) {
        try (PointSearch search = backend.apply(rows)) {
            return search.search(centres, counts.length, Metric.SQUARED_EUCLIDEAN, Extremum.MIN);
        }
    }

    private void reassignLight(Embeddings batch, SplittableRandom random) {
        int total = counts.length;
        double largest = Arrays.stream(counts).max().orElse(0);
        boolean[] move = new boolean[total];
        for (int j = fixedCount; j < total; j++) {
            move[j] = counts[j] < ratio * largest;
        }
        int half = batch.size() / 2;
        if (count(move) > 0.5 * batch.size()) {
            int[] lightestFirst = IntStream.range(0, total).boxed()
                    .sorted(Comparator.comparingDouble(j -> counts[j])).mapToInt(Integer::intValue).toArray();
            for (int r = half; r < total; r++) {
                move[lightestFirst[r]] = false;
            }
        }
        int[] samples = distinct(count(move), batch.size(), random);
        double floor = Double.POSITIVE_INFINITY;
        for (int j = 0; j < total; j++) {
            if (!move[j]) {
                floor = Math.min(floor, counts[j]);
            }
        }
        int next = 0;
        for (int j = 0; j < total; j++) {
            if (move[j]) {
                System.arraycopy(batch.values(), samples[next++] * dim, centres, j * dim, dim);
                counts[j] = floor;
            }
        }
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** {@code k} distinct positions of [0, n), uniformly (partial Fisher-Yates). */
    private static int[] distinct(int k, int n, SplittableRandom random) {
        int[] positions = IntStream.range(0, n).toArray();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        return Arrays.copyOf(positions, k);
    }
}
