package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A split read from a JSON file: a list of one list of training-set indices per client, e.g. the split KAFAL ships
 * ({@code alpha0-1_cifar10_10clients.json} in ycao5602/KAFAL, indices into CIFAR-10's training set in its published
 * order). The same for every seed; the file must name exactly {@code clients} lists that together hold every index
 * once. The file is read (and its format checked) when the protocol is parsed, before any work.
 */
public record FilePartition(Path file, int[][] lists) implements Partitioner {

    /** Reads {@code file}; a clear error when it is missing or not a JSON list of integer lists. */
    public static FilePartition of(Path file) {
        return new FilePartition(file, read(file));
    }

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        int[][] clients = lists;
        if (clients.length != numClients) {
            throw new IllegalArgumentException("partition file " + file + " lists " + clients.length
                    + " clients, the protocol has 'clients = " + numClients + "'; set clients = " + clients.length);
        }
        Partition partition = new Partition(clients);
        try {
            partition.requireCovers(train.size());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("partition file " + file + " does not fit the training set of "
                    + train.size() + " samples: " + e.getMessage(), e);
        }
        return partition;
    }

    private static int[][] read(Path file) {
        return IntListsFile.read(file, "partition file", "a JSON list of index lists (e.g. [[0, 5], [1, 2]])");
    }
}
