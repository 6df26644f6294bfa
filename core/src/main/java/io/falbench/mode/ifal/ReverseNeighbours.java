package io.falbench.mode.ifal;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import io.falbench.strategy.Geometry;
import java.util.Arrays;

/**
 * IFAL's data-driven probability formulation on one model's penultimate features (chenchenzong/IFAL
 * {@code query_strategies/fal/ifal.py} at 39c3989, lines 51-63, 71-88, 95-112): every labelled sample and every
 * candidate names the k = 250 candidates most similar to it by cosine (L2-normalised features, their dot product;
 * a candidate never names itself while k is below the pool: its similarity is set to -1, lines 56, 76, 100); then a
 * candidate's count for class c is 1 plus the number of samples of class c that name it, labelled samples voting with
 * their label and candidates with a model's predicted class ({@code get_rknn_label}, {@code strategy.py} lines 84-104);
 * its class probabilities are its counts over their sum. The lists depend on the features only, so one model's lists
 * count the votes of several models' labels. Ties of similarity: the lower candidate position first (torch's
 * {@code topk} leaves them open); a pool of fewer than k candidates: every candidate (the reference's {@code topk}
 * fails there).
 */
final class ReverseNeighbours {

    /** Neighbours each sample names ({@code topk(250)} in the reference). */
    static final int NEIGHBOURS = 250;

    /** At most this many floats of distances at once. */
    private static final int BLOCK_FLOATS = 1 << 22;

    /** Per sample (labelled first, then candidates), the candidate positions it names. */
    private final int[][] named;
    private final int candidates;

    private ReverseNeighbours(int[][] named, int candidates) {
        this.named = named;
        this.candidates = candidates;
    }

    /** The lists of the labelled samples' and the candidates' features (raw: cosine normalises them). */
    static ReverseNeighbours of(Kernels kernels, Embeddings labelled, Embeddings candidates, int k) {
        int n = candidates.size();
        int rows = labelled.size() + n;
        int keep = Math.min(k, n);
        int[][] named = new int[rows][];
        int block = Math.max(1, Math.min(rows, BLOCK_FLOATS / Math.max(1, n)));
        for (int from = 0; from < rows; from += block) {
            int count = Math.min(block, rows - from);
            float[] distances = kernels.pairwiseDistances(rowsOf(labelled, candidates, from, count), candidates,
                    Metric.COSINE);
            for (int r = 0; r < count; r++) {
                int self = from + r - labelled.size();
                named[from + r] = nearest(distances, r * n, n, self, keep);
            }
        }
        return new ReverseNeighbours(named, n);
    }

    /**
     * Each candidate's class probabilities, row-major (candidates x classes): counts 1 + the samples of each class
     * that name it, {@code votes} giving every sample's class (labelled samples first, then candidates).
     */
    double[] probabilities(int[] votes, int classes) {
        if (votes.length != named.length) {
            throw new IllegalArgumentException(named.length + " samples but " + votes.length + " votes");
        }
        int[] counts = new int[candidates * classes];
        Arrays.fill(counts, 1);
        for (int sample = 0; sample < named.length; sample++) {
            for (int candidate : named[sample]) {
                counts[candidate * classes + votes[sample]]++;
            }
        }
        double[] out = new double[counts.length];
        for (int j = 0; j < candidates; j++) {
            int sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += counts[j * classes + c];
            }
            for (int c = 0; c < classes; c++) {
                out[j * classes + c] = (double) counts[j * classes + c] / sum;
            }
        }
        return out;
    }

    /** The candidates sample {@code sample} names (ascending distance, then position). */
    int[] named(int sample) {
        return named[sample].clone();
    }

    /**
     * The {@code keep} smallest of {@code n} distances from {@code offset} (ties: the lower position), position
     * {@code self} last of all; kept sorted by insertion.
     */
    static int[] nearest(float[] distances, int offset, int n, int self, int keep) {
        int[] positions = new int[keep];
        float[] kept = new float[keep];
        int size = 0;
        for (int j = 0; j < n; j++) {
            float d = j == self ? Float.POSITIVE_INFINITY : distances[offset + j];
            if (size == keep && !(d < kept[keep - 1])) {
                continue;
            }
            int at = size == keep ? keep - 1 : size;
            while (at > 0 && kept[at - 1] > d) {
                kept[at] = kept[at - 1];
                positions[at] = positions[at - 1];
                at--;
            }
            kept[at] = d;
            positions[at] = j;
            size = Math.min(size + 1, keep);
        }
        return positions;
    }

    private static Embeddings rowsOf(Embeddings labelled, Embeddings candidates, int from, int count) {
        if (from >= labelled.size()) {
            return Geometry.rows(candidates, from - labelled.size(), count);
        }
        int dim = candidates.dim();
        float[] out = new float[count * dim];
        for (int r = 0; r < count; r++) {
            int row = from + r;
            Embeddings source = row < labelled.size() ? labelled : candidates;
            int at = row < labelled.size() ? row : row - labelled.size();
            System.arraycopy(source.values(), at * dim, out, r * dim, dim);
        }
        return new Embeddings(count, dim, out);
    }
}
