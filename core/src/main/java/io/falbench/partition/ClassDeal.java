package io.falbench.partition;

import io.falbench.datasets.transform.Shuffle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a client-by-class count matrix into a split: class by class, a seeded shuffle of the class's samples dealt
 * out in client order, {@code counts[k][c]} to client k. Shared by the partitioners that first decide the counts.
 */
final class ClassDeal {

    private ClassDeal() {
    }

    /** Each client's indices, ascending; {@code byClass.get(c)} must hold exactly the column sum of class c. */
    static Partition deal(List<List<Integer>> byClass, int[][] counts, SplittableRandom random) {
        int numClients = counts.length;
        List<List<Integer>> clients = new ArrayList<>();
        for (int k = 0; k < numClients; k++) {
            clients.add(new ArrayList<>());
        }
        for (int c = 0; c < byClass.size(); c++) {
            List<Integer> shuffled = new ArrayList<>(byClass.get(c));
            Shuffle.shuffle(shuffled, random);
            int start = 0;
            for (int k = 0; k < numClients; k++) {
                clients.get(k).addAll(shuffled.subList(start, start + counts[k][c]));
                start += counts[k][c];
            }
        }
        return new Partition(clients.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new));
    }
}
