package io.falbench.partition;

import java.util.Arrays;

/** The training-set indices each client holds; every sample belongs to exactly one client. */
public record Partition(int[][] clientIndices) {

    public int numClients() {
        return clientIndices.length;
    }

    public int[] client(int k) {
        return clientIndices[k];
    }

    public int[] sizes() {
        return Arrays.stream(clientIndices).mapToInt(c -> c.length).toArray();
    }

    /** Client-by-class sample counts. */
    public int[][] classCounts(int[] labels, int numClasses) {
        int[][] counts = new int[clientIndices.length][numClasses];
        for (int k = 0; k < clientIndices.length; k++) {
            for (int i : clientIndices[k]) {
                counts[k][labels[i]]++;
            }
        }
        return counts;
    }

    /** Throws unless the clients' indices are disjoint and cover 0..n-1. */
    public void requireCovers(int n) {
        boolean[] seen = new boolean[n];
        int total = 0;
        for (int k = 0; k < clientIndices.length; k++) {
            for (int i : clientIndices[k]) {
                if (i < 0 || i >= n || seen[i]) {
                    throw new IllegalStateException("sample " + i + " is out of range or held twice (client " + k + ")");
                }
                seen[i] = true;
                total++;
            }
        }
        if (total != n) {
            throw new IllegalStateException("partition holds " + total + " of " + n + " samples");
        }
    }
}
