package io.falbench.mode.fairfal;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * FairFAL step 10: a client's budget b split over classes by pseudo-label buckets: b // C for every class, the
 * remainder +1 to the largest buckets, each capped at its bucket's size, leftovers handed round-robin to the classes
 * with room in bucket-size order, largest first (ties by class index), as the official code
 * ({@code balanced_sample_by_pred_kmeans_maxscore}).
 */
public final class ClassQuotas {

    private ClassQuotas() {
    }

    public static int[] split(int budget, int[] bucketSizes) {
        int c = bucketSizes.length;
        int[] quota = new int[c];
        int[] bySize = IntStream.range(0, c).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -bucketSizes[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int j = 0; j < c; j++) {
            quota[j] = budget / c;
        }
        for (int r = 0; r < budget % c; r++) {
            quota[bySize[r]]++;
        }
        int leftover = 0;
        for (int j = 0; j < c; j++) {
            if (quota[j] > bucketSizes[j]) {
                leftover += quota[j] - bucketSizes[j];
                quota[j] = bucketSizes[j];
            }
        }
        boolean progress = true;
        while (leftover > 0 && progress) {
            progress = false;
            for (int j = 0; j < c && leftover > 0; j++) {
                int k = bySize[j];
                if (quota[k] < bucketSizes[k]) {
                    quota[k]++;
                    leftover--;
                    progress = true;
                }
            }
        }
        return quota;
    }
}
