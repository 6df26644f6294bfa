package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.ShotNoise;
import io.falbench.partition.Partition;

/**
 * The corrupted clients of the Dataiku CIFAR-10 study: every image held by the first {@code count} clients is
 * replaced by its shot-noised version (CIFAR-10-C; severity 5, "strong", is the plausible reading, UNVERIFIED).
 */
public final class Corruption {

    private Corruption() {
    }

    public static ImageSet apply(ImageSet train, Partition partition, int count, int severity, long seed) {
        if (count == 0) {
            return train;
        }
        if (count > partition.numClients()) {
            throw new IllegalArgumentException("corrupt.clients = " + count + " but only " + partition.numClients()
                    + " clients");
        }
        float[] pixels = train.pixels().clone();
        int d = train.pixelsPerImage();
        for (int k = 0; k < count; k++) {
            int[] held = partition.client(k);
            ImageSet noisy = ShotNoise.apply(train.subset(held), severity, seed + k);
            for (int i = 0; i < held.length; i++) {
                System.arraycopy(noisy.pixels(), i * d, pixels, held[i] * d, d);
            }
        }
        return train.withPixels(pixels);
    }
}
