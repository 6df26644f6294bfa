package io.falbench.datasets.format;

import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reader for the binary versions of CIFAR-10 and CIFAR-100 (Krizhevsky 2009): records of the label byte(s) followed
 * by 1024 red, 1024 green and 1024 blue bytes of a 32x32 image in row-major order.
 */
public final class CifarBinaryReader {

    public static final int SIDE = 32;
    public static final int CHANNELS = 3;
    public static final int IMAGE_BYTES = CHANNELS * SIDE * SIDE;

    /** The record layouts of the two binary versions. */
    public enum Layout {
        /** CIFAR-10: one label byte, 0..9. */
        CIFAR10("CIFAR-10", 1, 10),
        /** CIFAR-100: a coarse label byte (0..19), then the fine label byte (0..99), which is the label read. */
        CIFAR100_FINE("CIFAR-100", 2, 100);

        private final String title;
        private final int labelBytes;
        private final int numClasses;

        Layout(String title, int labelBytes, int numClasses) {
            this.title = title;
            this.labelBytes = labelBytes;
            this.numClasses = numClasses;
        }

        public int recordBytes() {
            return labelBytes + IMAGE_BYTES;
        }

        public int numClasses() {
            return numClasses;
        }

        /** Where the label read sits in a record: the last label byte. */
        int labelOffset() {
            return labelBytes - 1;
        }
    }

    private CifarBinaryReader() {
    }

    /** All records of the given batch files, in order, pixels scaled to [0, 1]. */
    public static ImageSet read(List<Path> batchFiles, Layout layout, String remedy) throws IOException {
        int recordBytes = layout.recordBytes();
        long total = 0;
        for (Path file : batchFiles) {
            long size = Files.size(file);
            if (size == 0 || size % recordBytes != 0) {
                throw new DatasetFormatException(file, "is " + size + " bytes, not a whole number of " + recordBytes
                        + "-byte " + layout.title + " records (truncated or not a " + layout.title + " file)", remedy);
            }
            total += size / recordBytes;
        }
        int count = Math.toIntExact(total);
        float[] pixels = new float[count * IMAGE_BYTES];
        int[] labels = new int[count];
        int record = 0;
        for (Path file : batchFiles) {
            byte[] content = Files.readAllBytes(file);
            for (int offset = 0; offset < content.length; offset += recordBytes, record++) {
                int label = content[offset + layout.labelOffset()] & 0xff;
                if (label >= layout.numClasses) {
                    throw new DatasetFormatException(file, "record " + (offset / recordBytes) + " has label " + label
                            + ", " + layout.title + " labels are 0.." + (layout.numClasses - 1) + " (not a "
                            + layout.title + " file?)", remedy);
                }
                labels[record] = label;
                int base = record * IMAGE_BYTES;
                int first = offset + layout.labelBytes;
                for (int p = 0; p < IMAGE_BYTES; p++) {
                    pixels[base + p] = (content[first + p] & 0xff) / 255f;
                }
            }
        }
        return new ImageSet(pixels, labels, CHANNELS, SIDE, SIDE);
    }
}
