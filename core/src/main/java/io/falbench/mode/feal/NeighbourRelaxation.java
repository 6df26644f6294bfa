package io.falbench.mode.feal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FEAL's diversity relaxation (Chen et al., CVPR 2024; JiayiChen815/FEAL {@code utils/cls/selection_methods.py
 * relaxation}): walking the candidates from the most uncertain, a candidate is taken unless one of its k nearest
 * neighbours by cosine similarity (among the candidates whose similarity to it exceeds the threshold, most similar
 * first) was taken already; one with fewer than k such neighbours is always taken. The walk stops at b. If it ends
 * with fewer, the reference's list {@code remain + chosen} is cut to its last b: the chosen plus the not-chosen
 * candidates of the highest positions (its set difference iterates small integers in ascending order).
 * Differences, documented: a candidate's own row is left out of its neighbours, where the reference drops the most
 * similar row (itself unless an exact duplicate sorts first). A zero feature vector is no candidate's neighbour and
 * has none, as in the reference, where its zero norm makes every similarity with it NaN.
 */
final class NeighbourRelaxation {

    private NeighbourRelaxation() {
    }

    /**
     * @param ranking    candidate positions, most uncertain first
     * @param features   n x dimension, row-major
     * @param neighbours k
     * @param cosine     the similarity a neighbour must exceed
     * @param budget     b
     * @return the positions queried: those chosen in the walk's order, then the fill
     */
    static int[] pick(int[] ranking, float[] features, int dimension, int neighbours, double cosine, int budget) {
        int n = ranking.length;
        double[][] unit = unit(features, dimension, n);
        boolean[] chosen = new boolean[n];
        List<Integer> picks = new ArrayList<>();
        for (int i : ranking) {
            if (picks.size() == budget) {
                break;
            }
            int[] near = nearest(unit, i, neighbours, cosine);
            if (near.length < neighbours || Arrays.stream(near).noneMatch(j -> chosen[j])) {
                chosen[i] = true;
                picks.add(i);
            }
        }
        int[] out = new int[Math.min(budget, n)];
        int filled = out.length - picks.size();
        for (int p = n - 1, f = filled - 1; f >= 0; p--) {
            if (!chosen[p]) {
                out[f--] = p;
            }
        }
        for (int q = 0; q < picks.size(); q++) {
            out[filled + q] = picks.get(q);
        }
        return out;
    }

    /** The (at most k) rows other than i whose similarity to i exceeds the threshold, most similar first. */
    static int[] nearest(double[][] unit, int i, int k, double cosine) {
        if (unit[i] == null) {
            return new int[0];
        }
        int[] best = new int[k];
        double[] bestSimilarity = new double[k];
        int size = 0;
        for (int j = 0; j < unit.length; j++) {
            if (j == i || unit[j] == null) {
                continue;
            }
            double similarity = dot(unit[i], unit[j]);
            if (!(similarity > cosine) || (size == k && similarity <= bestSimilarity[k - 1])) {
                continue;
            }
            int at = size == k ? k - 1 : size++;
            while (at > 0 && bestSimilarity[at - 1] < similarity) {
                best[at] = best[at - 1];
                bestSimilarity[at] = bestSimilarity[at - 1];
                at--;
            }
            best[at] = j;
            bestSimilarity[at] = similarity;
        }
        return Arrays.copyOf(best, size);
    }

    /** Each row scaled to unit length; null for a zero row. */
    static double[][] unit(float[] features, int dimension, int n) {
        double[][] out = new double[n][dimension];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < dimension; d++) {
                norm += (double) features[i * dimension + d] * features[i * dimension + d];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                out[i] = null;
                continue;
            }
            for (int d = 0; d < dimension; d++) {
                out[i][d] = features[i * dimension + d] / norm;
            }
        }
        return out;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            s += x[d] * y[d];
        }
        return s;
    }
}
