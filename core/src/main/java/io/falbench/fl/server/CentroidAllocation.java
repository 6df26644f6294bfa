package io.falbench.fl.server;

import io.falbench.fl.message.CentroidDistances;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Server side of FAL-Global's selection: each global centroid goes to one client, which then labels its candidate
 * nearest that centroid. With quotas, clients take centroids in order of increasing distance until their quota is full
 * (every client spends exactly its share); without, each centroid goes to the client holding the nearest candidate,
 * so the budget follows the data (and may all go to one client), capped by each client's candidate count.
 */
public final class CentroidAllocation {

    private CentroidAllocation() {
    }

    /** Returns, per client, the centroid indices it must cover. */
    public static int[][] allocate(List<CentroidDistances> distances, int[] capacity) {
        int clients = distances.size();
        int k = distances.get(0).nearest().length;
        List<int[]> pairs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            for (int j = 0; j < k; j++) {
                pairs.add(new int[] {c, j});
            }
        }
        pairs.sort(Comparator.<int[]>comparingDouble(p -> distances.get(p[0]).nearest()[p[1]])
                .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        boolean[] taken = new boolean[k];
        int[] used = new int[clients];
        List<List<Integer>> allocation = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            allocation.add(new ArrayList<>());
        }
        int allocated = 0;
        for (int[] pair : pairs) {
            int client = pair[0];
            int centroid = pair[1];
            if (!taken[centroid] && used[client] < capacity[client]) {
                taken[centroid] = true;
                used[client]++;
                allocation.get(client).add(centroid);
                allocated++;
            }
        }
        if (allocated < k) {
            throw new IllegalStateException("only " + allocated + " of " + k + " centroids fit the clients' capacities");
        }
        return allocation.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
