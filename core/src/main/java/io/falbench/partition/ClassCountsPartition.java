package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.ClassIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A split given by its client-by-class counts, read from a JSON file: one list per client of its number of samples
 * of each class, e.g. the counts of another code's Dirichlet draw (the reference FairFAL's {@code dir_balance}
 * partition, summed per client and class from its saved index lists). Which samples of a class a client gets is a
 * seeded shuffle, as in {@link BalancedDirichlet}; the counts, which carry the label skew, are exactly the file's.
 * Unlike {@code file:}, it fits any ordering of the training set, so it moves a draw between codes whose
 * long-tailed subsets or sample orders differ. Checked when the protocol is parsed (shape and signs) and when the
 * split is made (each class's column sums to that class's size in the training set).
 */
public record ClassCountsPartition(Path file, int[][] counts) implements Partitioner {

    /** Reads {@code file}; a clear error when it is missing, not a JSON list of count lists, or has a negative count. */
    public static ClassCountsPartition of(Path file) {
        return new ClassCountsPartition(file, read(file));
    }

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        if (counts.length != numClients) {
            throw new IllegalArgumentException("class-counts file " + file + " lists " + counts.length
                    + " clients, the protocol has 'clients = " + numClients + "'; set clients = " + counts.length);
        }
        for (int k = 0; k < numClients; k++) {
            if (counts[k].length != numClasses) {
                throw new IllegalArgumentException("class-counts file " + file + ": client " + k + " lists "
                        + counts[k].length + " classes, the data set has " + numClasses);
            }
        }
        List<List<Integer>> byClass = ClassIndex.byClass(train.labels(), numClasses);
        for (int c = 0; c < numClasses; c++) {
            long column = 0;
            for (int[] row : counts) {
                column += row[c];
            }
            if (column != byClass.get(c).size()) {
                throw new IllegalArgumentException("class-counts file " + file + ": class " + c + " sums to "
                        + column + " over the clients, the training set holds " + byClass.get(c).size()
                        + " of it; the counts must come from a split of this same (long-tailed) training set");
            }
        }
        return ClassDeal.deal(byClass, counts, random);
    }

    private static int[][] read(Path file) {
        int[][] counts = IntListsFile.read(file, "class-counts file",
                "a JSON list of per-client class counts (e.g. [[120, 0, 3], [5, 60, 0]])");
        for (int k = 0; k < counts.length; k++) {
            for (int c = 0; c < counts[k].length; c++) {
                if (counts[k][c] < 0) {
                    throw new IllegalArgumentException("class-counts file " + file + ": client " + k + ", class "
                            + c + " has a negative count " + counts[k][c]);
                }
            }
        }
        return counts;
    }
}
