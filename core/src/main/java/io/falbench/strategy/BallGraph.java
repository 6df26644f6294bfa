package io.falbench.strategy;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import java.util.Arrays;

/**
 * ProbCover's delta-ball graph (Yehuda, Dekel, Hacohen and Weinshall, NeurIPS 2022; avihu111/TypiClust
 * {@code pycls/al/prob_cover.py} {@code construct_graph}): an edge x -> y iff ||x - y|| < delta, compared here as
 * squared distances below delta^2 from the kernels, every point its own neighbour (distance 0). Built in one pass of
 * row blocks and kept as adjacency lists (row x's neighbours: {@code targets[offsets[x] .. offsets[x + 1])}), so every
 * later step reads the same edges.
 */
record BallGraph(int[] offsets, int[] targets) {

    /** At most this many floats of distances at once. */
    private static final int BLOCK_FLOATS = 1 << 22;

    static BallGraph build(Kernels kernels, Embeddings points, double squaredRadius) {
        int n = points.size();
        int[] offsets = new int[n + 1];
        int[] targets = new int[Math.max(16, n)];
        int edges = 0;
        int rows = Math.max(1, Math.min(n, BLOCK_FLOATS / Math.max(1, n)));
        for (int from = 0; from < n; from += rows) {
            int count = Math.min(rows, n - from);
            float[] block = kernels.pairwiseDistances(Geometry.rows(points, from, count), points,
                    Metric.SQUARED_EUCLIDEAN);
            for (int r = 0; r < count; r++) {
                int x = from + r;
                for (int y = 0; y < n; y++) {
                    if (y == x ? squaredRadius > 0 : block[r * n + y] < squaredRadius) {
                        if (edges == targets.length) {
                            targets = Arrays.copyOf(targets, grown(targets.length, n));
                        }
                        targets[edges++] = y;
                    }
                }
                offsets[x + 1] = edges;
            }
        }
        return new BallGraph(offsets, Arrays.copyOf(targets, edges));
    }

    /** Twice the capacity, or a clear error where the edges cannot be held in one array. */
    private static int grown(int capacity, int n) {
        long wanted = 2L * capacity;
        if (capacity >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("probcover's delta-ball graph on " + n + " points has more than "
                    + capacity + " edges; set a smaller probcover.delta or a lower probcover.purity");
        }
        return (int) Math.min(wanted, Integer.MAX_VALUE - 8);
    }

    int size() {
        return offsets.length - 1;
    }

    /** How many of x's neighbours are not yet covered. */
    int uncovered(int x, boolean[] covered) {
        int count = 0;
        for (int e = offsets[x]; e < offsets[x + 1]; e++) {
            if (!covered[targets[e]]) {
                count++;
            }
        }
        return count;
    }

    /** Marks x's neighbours covered. */
    void cover(int x, boolean[] covered) {
        for (int e = offsets[x]; e < offsets[x + 1]; e++) {
            covered[targets[e]] = true;
        }
    }
}
