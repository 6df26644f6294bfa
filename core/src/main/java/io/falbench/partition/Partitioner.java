package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import java.util.SplittableRandom;

/** Splits a training set over K clients (docs/data.md, "Partitions"). Seeded: the same stream, the same split. */
public interface Partitioner {

    Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random);
}
