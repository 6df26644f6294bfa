package io.falbench.datasets.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        byte[] content = new byte[labels.length * CifarBinaryReader.RECORD_BYTES];
        for (int r = 0; r < labels.length; r++) {
            int offset = r * CifarBinaryReader.RECORD_BYTES;
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
        ImageSet set = CifarBinaryReader.read(List.of(first, second), "");
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
        assertThatThrownBy(() -> CifarBinaryReader.read(List.of(file), "delete it and run falbench datasets fetch cifar10"))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("data_batch_3.bin")
                .hasMessageContaining("not a whole number of 3073-byte")
                .hasMessageContaining("falbench datasets fetch cifar10");
    }

    @Test
    void aLabelOutsideTheTenClassesIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("bad.bin"), records(3, 12));
        assertThatThrownBy(() -> CifarBinaryReader.read(List.of(file), ""))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("record 1 has label 12");
    }
}
