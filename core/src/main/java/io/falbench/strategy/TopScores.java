package io.falbench.strategy;

import java.util.Arrays;
import java.util.Comparator;

/** The positions of the {@code count} highest scores (ties: the lower position first). */
public final class TopScores {

    private TopScores() {
    }

    public static int[] top(double[] scores, int count) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        int[] out = new int[Math.min(count, scores.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
