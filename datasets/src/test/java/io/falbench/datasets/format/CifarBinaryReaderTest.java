package io.falbench.datasets.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.Cifar100Fixture;
import io.falbench.datasets.format.CifarBinaryReader.Layout;
import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CifarBinaryReaderTest {

    @TempDir
    Path dir;

    private static byte[] records(int... labels) {
        byte[] content = new byte[labels.length * Layout.CIFAR10.recordBytes()];
        for (int r = 0; r < labels.length; r++) {
            int offset = r * Layout.CIFAR10.recordBytes();
            content[offset] = (byte) labels[r];
            for (int p = 0; p < CifarBinaryReader.IMAGE_BYTES; p++) {
                content[offset + 1 + p] = (byte) ((p + r) % 256);
            }
        }
        return content;
    }

    @Test
    void recordsAreReadInOrderAcrossBatchesWithChannelMajorPixels() throws IOException {
        Path first = Files.write(dir.resolve("a.bin"), records(6, 9));
        Path second = Files.write(dir.resolve("b.bin"), records(4));
        ImageSet set = CifarBinaryReader.read(List.of(first, second), Layout.CIFAR10, "");
        assertThat(set.labels()).containsExactly(6, 9, 4);
        assertThat(set.channels()).isEqualTo(3);
        // record 1, green channel (offset 1024), pixel 0: byte (1024 + 1) % 256 = 1
        assertThat(set.image(1)[1024]).isEqualTo(1 / 255f);
        assertThat(set.image(0)[255]).isEqualTo(255 / 255f);
    }

    @Test
    void aTruncatedBatchIsAClearErrorNamingTheFile() throws IOException {
        byte[] content = records(1, 2);
        Path file = Files.write(dir.resolve("data_batch_3.bin"), Arrays.copyOf(content, content.length - 1));
        assertThatThrownBy(() -> CifarBinaryReader.read(List.of(file), Layout.CIFAR10,
                "delete it and run falbench datasets fetch cifar10"))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("data_batch_3.bin")
                .hasMessageContaining("not a whole number of 3073-byte")
                .hasMessageContaining("falbench datasets fetch cifar10");
    }

    @Test
    void aLabelOutsideTheTenClassesIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("bad.bin"), records(3, 12));
        assertThatThrownBy(() -> CifarBinaryReader.read(List.of(file), Layout.CIFAR10, ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("record 1 has label 12");
    }

    @Test
    void cifar100RecordsYieldTheFineLabelAndSkipTheCoarseOne() throws IOException {
        Path file = Files.write(dir.resolve("train.bin"), Cifar100Fixture.records(203));
        ImageSet set = CifarBinaryReader.read(List.of(file), Layout.CIFAR100_FINE, "");
        assertThat(set.size()).isEqualTo(203);
        assertThat(Arrays.copyOf(set.labels(), 4)).containsExactly(0, 1, 2, 3);
        assertThat(set.labels()[99]).isEqualTo(99);
        assertThat(set.labels()[202]).isEqualTo(2);
        assertThat(set.classHistogram(100)[2]).isEqualTo(3);
        // the pixels start after both label bytes
        for (int p : new int[] {0, 1, 1023, 1024, 3071}) {
            assertThat(set.image(150)[p]).as("pixel %d", p).isEqualTo(Cifar100Fixture.pixel(150, p) / 255f);
        }
    }

    @Test
    void cifar100PixelsAreRedThenGreenThenBluePlanesEachRowMajorAsChannelHeightWidth() throws IOException {
        byte[] record = new byte[Layout.CIFAR100_FINE.recordBytes()];
        record[0] = 4;
        record[1] = 42;
        Arrays.fill(record, 2, 2 + 1024, (byte) 10);
        Arrays.fill(record, 2 + 1024, 2 + 2048, (byte) 20);
        Arrays.fill(record, 2 + 2048, 2 + 3072, (byte) 30);
        // green at row 1, column 2
        record[2 + 1024 + 32 + 2] = (byte) 200;
        ImageSet set = CifarBinaryReader.read(List.of(Files.write(dir.resolve("one.bin"), record)),
                Layout.CIFAR100_FINE, "");
        assertThat(set.labels()).containsExactly(42);
        assertThat(new int[] {set.channels(), set.height(), set.width()}).containsExactly(3, 32, 32);
        float[] image = set.image(0);
        int c = 1;
        int h = 1;
        int w = 2;
        assertThat(image[(c * 32 + h) * 32 + w]).isEqualTo(200 / 255f);
        assertThat(image[(c * 32 + w) * 32 + h]).as("row and column not swapped").isEqualTo(20 / 255f);
        assertThat(image[0]).isEqualTo(10 / 255f);
        assertThat(image[1024]).isEqualTo(20 / 255f);
        assertThat(image[3071]).isEqualTo(30 / 255f);
    }

    @Test
    void aCifar100FineLabelAboveNinetyNineIsRejected() throws IOException {
        byte[] content = Cifar100Fixture.records(3);
        content[2 * Layout.CIFAR100_FINE.recordBytes() + 1] = 100;
        Path file = Files.write(dir.resolve("test.bin"), content);
        assertThatThrownBy(() -> CifarBinaryReader.read(List.of(file), Layout.CIFAR100_FINE, "fix it"))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessage(file + ": record 2 has label 100, CIFAR-100 labels are 0..99 (not a CIFAR-100 file?); fix it");
    }

    @Test
    void aCifar10BatchIsNotAWholeNumberOfCifar100Records() throws IOException {
        Path file = Files.write(dir.resolve("data_batch_1.bin"), records(6, 9, 9));
        assertThatThrownBy(() -> CifarBinaryReader.read(List.of(file), Layout.CIFAR100_FINE, ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("not a whole number of 3074-byte CIFAR-100 records");
    }
}
