package io.falbench.datasets.format;

import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reader for the CIFAR-10 binary version (Krizhevsky 2009): records of 1 label byte followed by
 * 1024 red, 1024 green and 1024 blue bytes of a 32x32 image in row-major order.
 */
public final class CifarBinaryReader {

    public static final int SIDE = 32;
    public static final int CHANNELS = 3;
    public static final int IMAGE_BYTES = CHANNELS * SIDE * SIDE;
    public static final int RECORD_BYTES = 1 + IMAGE_BYTES;
    public static final int NUM_CLASSES = 10;

    private CifarBinaryReader() {
    }

    /** All records of the given batch files, in order, pixels scaled to [0, 1]. */
    public static ImageSet read(List<Path> batchFiles, String remedy) throws IOException {
        long total = 0;
        for (Path file : batchFiles) {
            long size = Files.size(file);
            if (size == 0 || size % RECORD_BYTES != 0) {
                throw new DatasetFormatException(file, "is " + size + " bytes, not a whole number of "
                        + RECORD_BYTES + "-byte CIFAR-10 records (truncated or not a CIFAR-10 batch)", remedy);
            }
            total += size / RECORD_BYTES;
        }
        int count = Math.toIntExact(total);
        float[] pixels = new float[count * IMAGE_BYTES];
        int[] labels = new int[count];
        int record = 0;
        for (Path file : batchFiles) {
            byte[] content = Files.readAllBytes(file);
            for (int offset = 0; offset < content.length; offset += RECORD_BYTES, record++) {
                int label = content[offset] & 0xff;
                if (label >= NUM_CLASSES) {
                    throw new DatasetFormatException(file, "record " + (offset / RECORD_BYTES) + " has label "
                            + label + ", CIFAR-10 labels are 0..9 (not a CIFAR-10 batch?)", remedy);
                }
                labels[record] = label;
                int base = record * IMAGE_BYTES;
                for (int p = 0; p < IMAGE_BYTES; p++) {
                    pixels[base + p] = (content[offset + 1 + p] & 0xff) / 255f;
                }
            }
        }
        return new ImageSet(pixels, labels, CHANNELS, SIDE, SIDE);
    }
}
