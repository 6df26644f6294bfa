package io.falbench.datasets.format;

import io.falbench.datasets.image.ImageSet;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Reader for LeCun's IDX format (MNIST, Fashion-MNIST): big-endian magic 2051 for unsigned-byte
 * images (count, rows, cols) and 2049 for unsigned-byte labels (count); plain or gzip.
 */
public final class IdxReader {

    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxReader() {
    }

    /** Images and labels from a pair of IDX files, pixels scaled to [0, 1]. */
    public static ImageSet read(Path imagesFile, Path labelsFile, String remedy) throws IOException {
        IdxImages images = readImages(imagesFile, remedy);
        int[] labels = readLabels(labelsFile, remedy);
        if (labels.length != images.count()) {
            throw new DatasetFormatException(labelsFile, "holds " + labels.length + " labels but "
                    + imagesFile.getFileName() + " holds " + images.count() + " images", remedy);
        }
        float[] pixels = new float[images.pixels().length];
        byte[] raw = images.pixels();
        for (int i = 0; i < raw.length; i++) {
            pixels[i] = (raw[i] & 0xff) / 255f;
        }
        return new ImageSet(pixels, labels, 1, images.rows(), images.cols());
    }

    /** Raw unsigned-byte images of an IDX image file. */
    public static IdxImages readImages(Path file, String remedy) throws IOException {
        byte[] content = read(file, remedy);
        requireLength(file, content, 4, "magic number", remedy);
        ByteBuffer header = ByteBuffer.wrap(content);
        int magic = header.getInt();
        if (magic != IMAGES_MAGIC) {
            throw new DatasetFormatException(file, String.format(
                    "wrong magic number 0x%08x, expected 0x%08x (IDX unsigned-byte images)", magic, IMAGES_MAGIC),
                    remedy);
        }
        requireLength(file, content, 16, "image header", remedy);
        int count = header.getInt();
        int rows = header.getInt();
        int cols = header.getInt();
        if (count < 0 || rows <= 0 || cols <= 0) {
            throw new DatasetFormatException(file, "impossible dimensions " + count + "x" + rows + "x" + cols, remedy);
        }
        long expected = 16L + (long) count * rows * cols;
        if (content.length != expected) {
            throw new DatasetFormatException(file, "is " + content.length + " bytes but its header ("
                    + count + " images of " + rows + "x" + cols + ") needs " + expected
                    + (content.length < expected ? " (truncated)" : " (trailing bytes)"), remedy);
        }
        byte[] pixels = new byte[count * rows * cols];
        System.arraycopy(content, 16, pixels, 0, pixels.length);
        return new IdxImages(pixels, count, rows, cols);
    }

    /** Labels of an IDX label file. */
    public static int[] readLabels(Path file, String remedy) throws IOException {
        byte[] content = read(file, remedy);
        requireLength(file, content, 4, "magic number", remedy);
        ByteBuffer header = ByteBuffer.wrap(content);
        int magic = header.getInt();
        if (magic != LABELS_MAGIC) {
            throw new DatasetFormatException(file, String.format(
                    "wrong magic number 0x%08x, expected 0x%08x (IDX unsigned-byte labels)", magic, LABELS_MAGIC),
                    remedy);
        }
        requireLength(file, content, 8, "label header", remedy);
        int count = header.getInt();
        if (count < 0 || content.length != 8L + count) {
            throw new DatasetFormatException(file, "is " + content.length + " bytes but its header ("
                    + count + " labels) needs " + (8L + count), remedy);
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = content[8 + i] & 0xff;
        }
        return labels;
    }

    private static byte[] read(Path file, String remedy) throws IOException {
        try {
            return DataFiles.readAllDecompressed(file);
        } catch (EOFException | ZipException e) {
            throw new DatasetFormatException(file, "corrupt gzip stream (" + e.getMessage() + ")", remedy);
        }
    }

    private static void requireLength(Path file, byte[] content, int minimum, String what, String remedy)
            throws DatasetFormatException {
        if (content.length < minimum) {
            throw new DatasetFormatException(file, "is " + content.length + " bytes, too short for the "
                    + minimum + "-byte " + what + " (truncated)", remedy);
        }
    }

    /** Unsigned-byte pixels of {@code count} images of {@code rows x cols}. */
    public record IdxImages(byte[] pixels, int count, int rows, int cols) {
    }
}
