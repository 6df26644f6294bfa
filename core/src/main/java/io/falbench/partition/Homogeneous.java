package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.ClassIndex;
import io.falbench.datasets.transform.Shuffle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Homogeneous (IID) split: a stratified shuffle split. Each class's indices are shuffled and dealt
 * round-robin, continuing across classes, so every client gets the global class mix and sizes differ by at most one.
 */
public record Homogeneous() implements Partitioner {

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        return deal(train.labels(), allIndices(train.size()), numClasses, numClients, random);
    }

    static int[] allIndices(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Stratified round-robin deal of {@code subset} (indices into labels). */
    static Partition deal(int[] labels, int[] subset, int numClasses, int numClients, SplittableRandom random) {
        int[] subsetLabels = new int[subset.length];
        for (int i = 0; i < subset.length; i++) {
            subsetLabels[i] = labels[subset[i]];
        }
        List<List<Integer>> clients = new ArrayList<>();
        for (int k = 0; k < numClients; k++) {
            clients.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Integer> members : ClassIndex.byClass(subsetLabels, numClasses)) {
            List<Integer> shuffled = new ArrayList<>(members);
            Shuffle.shuffle(shuffled, random);
            for (int position : shuffled) {
                clients.get(next).add(subset[position]);
                next = (next + 1) % numClients;
            }
        }
        return new Partition(clients.stream().map(c -> c.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new));
    }
}
