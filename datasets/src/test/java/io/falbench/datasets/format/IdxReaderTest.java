package io.falbench.datasets.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.image.ImageSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    private static ImageSet threeImages() {
        float[] pixels = new float[3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i * 20) / 255f;
        }
        return new ImageSet(pixels, new int[] {7, 0, 9}, 1, 2, 2);
    }

    private Path write(String name, byte[] content, boolean gzip) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    private static byte[] images(ImageSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IdxWriter.writeImages(set, out);
        return out.toByteArray();
    }

    private static byte[] labels(ImageSet set) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IdxWriter.writeLabels(set, out);
        return out.toByteArray();
    }

    @Test
    void writtenImagesReadBackExactlyFromPlainAndGzipFiles() throws IOException {
        ImageSet set = threeImages();
        for (boolean gzip : new boolean[] {false, true}) {
            Path images = write("images" + gzip, images(set), gzip);
            Path labels = write("labels" + gzip, labels(set), gzip);
            ImageSet read = IdxReader.read(images, labels, "");
            assertThat(read.labels()).containsExactly(7, 0, 9);
            assertThat(read.pixels()).containsExactly(set.pixels());
            assertThat(read.height()).isEqualTo(2);
            assertThat(read.width()).isEqualTo(2);
        }
    }

    @Test
    void aTruncatedImageFileIsAClearErrorNamingTheFile() throws IOException {
        byte[] content = images(threeImages());
        Path file = write("train-images-idx3-ubyte", Arrays.copyOf(content, content.length - 5), false);
        assertThatThrownBy(() -> IdxReader.readImages(file, "delete it and run falbench datasets fetch mnist"))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("train-images-idx3-ubyte")
                .hasMessageContaining("truncated")
                .hasMessageContaining("falbench datasets fetch mnist");
    }

    @Test
    void aFileCutInsideItsHeaderIsAClearError() throws IOException {
        Path file = write("labels", new byte[] {0, 0, 8}, false);
        assertThatThrownBy(() -> IdxReader.readLabels(file, ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void aWrongMagicNumberIsRejected() throws IOException {
        Path file = write("swapped", labels(threeImages()), false);
        assertThatThrownBy(() -> IdxReader.readImages(file, ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("wrong magic number 0x00000801, expected 0x00000803");
    }

    @Test
    void imagesAndLabelsOfDifferentCountsAreRejected() throws IOException {
        ImageSet set = threeImages();
        Path images = write("images", images(set), false);
        Path labels = write("labels", labels(set.subset(new int[] {0, 1})), false);
        assertThatThrownBy(() -> IdxReader.read(images, labels, ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("holds 2 labels but images holds 3 images");
    }

    @Test
    void aCorruptGzipStreamIsAClearError() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(images(threeImages()));
        }
        byte[] bytes = gz.toByteArray();
        Path file = dir.resolve("cut.gz");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> IdxReader.readImages(file, ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("corrupt gzip stream");
    }
}
