package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.Shuffle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-Means split of the Dataiku FAL study: a common-support fraction (20%) split homogeneously, the rest assigned by a
 * K-Means clustering of the raw pixels (K clusters, cluster j goes to client j). The feature space is UNVERIFIED in
 * the source; raw pixels are its plain reading.
 */
public record KMeansSplit(double commonFraction) implements Partitioner {

    static final int LLOYD_ITERATIONS = 20;

    public KMeansSplit {
        if (commonFraction < 0 || commonFraction > 1) {
            throw new IllegalArgumentException("common-support fraction must be in [0, 1], got " + commonFraction);
        }
    }

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        int[] order = Homogeneous.allIndices(train.size());
        Shuffle.shuffle(order, random);
        int common = (int) Math.round(commonFraction * train.size());
        int[] commonIndices = java.util.Arrays.copyOfRange(order, 0, common);
        int[] clustered = java.util.Arrays.copyOfRange(order, common, order.length);
        Partition shared = Homogeneous.deal(train.labels(), commonIndices, numClasses, numClients, random);
        int[] cluster = PixelKMeans.cluster(train, clustered, numClients, LLOYD_ITERATIONS, random);
        List<List<Integer>> clients = new ArrayList<>();
        for (int k = 0; k < numClients; k++) {
            List<Integer> members = new ArrayList<>();
            for (int i : shared.client(k)) {
                members.add(i);
            }
            clients.add(members);
        }
        for (int j = 0; j < clustered.length; j++) {
            clients.get(cluster[j]).add(clustered[j]);
        }
        return new Partition(clients.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new));
    }
}
