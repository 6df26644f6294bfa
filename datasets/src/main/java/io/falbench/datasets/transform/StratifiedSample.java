package io.falbench.datasets.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded stratified sample: each class keeps its share of {@code total} (largest remainder), chosen by shuffle. */
public final class StratifiedSample {

    private StratifiedSample() {
    }

    /** Sorted indices of a stratified sample of {@code total} items of {@code labels}. */
    public static int[] indices(int[] labels, int numClasses, int total, long seed) {
        if (total < 0 || total > labels.length) {
            throw new IllegalArgumentException("cannot sample " + total + " of " + labels.length + " items");
        }
        List<List<Integer>> byClass = ClassIndex.byClass(labels, numClasses);
        int[] quota = largestRemainder(byClass.stream().mapToInt(List::size).toArray(), total);
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> chosen = new ArrayList<>(total);
        for (int c = 0; c < numClasses; c++) {
            List<Integer> members = new ArrayList<>(byClass.get(c));
            Shuffle.shuffle(members, random.split());
            chosen.addAll(members.subList(0, quota[c]));
        }
        int[] out = chosen.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** Integer shares of {@code total} proportional to {@code counts}, rounded by largest remainder (ties: lower index). */
    public static int[] largestRemainder(int[] counts, int total) {
        long sum = Arrays.stream(counts).asLongStream().sum();
        int[] shares = new int[counts.length];
        double[] remainders = new double[counts.length];
        int given = 0;
        for (int c = 0; c < counts.length; c++) {
            double exact = sum == 0 ? 0 : (double) counts[c] * total / sum;
            shares[c] = (int) Math.floor(exact);
            remainders[c] = exact - shares[c];
            given += shares[c];
        }
        while (given < total) {
            int best = -1;
            for (int c = 0; c < counts.length; c++) {
                if (shares[c] < counts[c] && (best < 0 || remainders[c] > remainders[best])) {
                    best = c;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }
}
