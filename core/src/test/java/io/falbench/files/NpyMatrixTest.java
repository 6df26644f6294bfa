package io.falbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class NpyMatrixTest {

    @TempDir
    Path dir;

    /** A .npy file as numpy.save writes it: magic, version, header padded with spaces to 64 bytes, then the values. */
    public static Path write(Path file, int major, String descr, String fortran, String shape, double... values)
            throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + fortran + ", 'shape': (" + shape + "), }";
        int prefix = major == 1 ? 10 : 12;
        int padded = (prefix + dict.length() + 1 + 63) / 64 * 64;
        String header = dict + " ".repeat(padded - prefix - dict.length() - 1) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        ByteBuffer length = ByteBuffer.allocate(prefix - 8).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            length.putShort((short) header.length());
        } else {
            length.putInt(header.length());
        }
        out.write(length.array());
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        boolean doubles = descr.endsWith("8");
        ByteBuffer data = ByteBuffer.allocate(values.length * (doubles ? 8 : 4)).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            if (doubles) {
                data.putDouble(v);
            } else {
                data.putFloat((float) v);
            }
        }
        out.write(data.array());
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void readsFloat32Version1InCOrder() throws IOException {
        Path file = write(dir.resolve("a.npy"), 1, "<f4", "False", "2, 3", 1, 2, 3, 4, 5, 6.5);
        NpyMatrix matrix = NpyMatrix.header(file);
        assertThat(matrix.rows()).isEqualTo(2);
        assertThat(matrix.columns()).isEqualTo(3);
        assertThat(matrix.offset()).isEqualTo(128);
        assertThat(matrix.read()).containsExactly(1f, 2f, 3f, 4f, 5f, 6.5f);
    }

    @Test
    void readsFloat64Version2() throws IOException {
        Path file = write(dir.resolve("b.npy"), 2, "<f8", "False", "3, 1", 0.25, -1e3, 7);
        NpyMatrix matrix = NpyMatrix.header(file);
        assertThat(matrix.itemBytes()).isEqualTo(8);
        assertThat(matrix.read()).containsExactly(0.25f, -1000f, 7f);
    }

    @Test
    void refusesWhatIsNotA2dFloatMatrixInCOrder() throws IOException {
        assertThatThrownBy(() -> NpyMatrix.header(dir.resolve("none.npy"))).hasMessageContaining("no file")
                .hasMessageContaining("numpy.save");
        Path text = Files.writeString(dir.resolve("t.npy"), "not numpy at all");
        assertThatThrownBy(() -> NpyMatrix.header(text)).hasMessageContaining("is not a NumPy .npy file");
        Path ints = write(dir.resolve("i.npy"), 1, "<i8", "False", "1, 1", 1);
        assertThatThrownBy(() -> NpyMatrix.header(ints)).hasMessageContaining("dtype '<i8', expected '<f4'");
        Path fortran = write(dir.resolve("f.npy"), 1, "<f4", "True", "1, 2", 1, 2);
        assertThatThrownBy(() -> NpyMatrix.header(fortran)).hasMessageContaining("fortran_order True");
        Path flat = write(dir.resolve("v.npy"), 1, "<f4", "False", "2,", 1, 2);
        assertThatThrownBy(() -> NpyMatrix.header(flat)).hasMessageContaining("expected 2-D");
        Path cut = write(dir.resolve("c.npy"), 1, "<f4", "False", "2, 2", 1, 2, 3);
        assertThatThrownBy(() -> NpyMatrix.header(cut)).hasMessageContaining("holds 140 bytes")
                .hasMessageContaining("says 144");
    }

    @Test
    void aNonFiniteValueIsNamedByRowAndColumn() throws IOException {
        Path file = write(dir.resolve("n.npy"), 1, "<f8", "False", "2, 2", 1, 2, 3, Double.NaN);
        assertThatThrownBy(() -> NpyMatrix.header(file).read()).hasMessageContaining("value NaN at row 1, column 1")
                .hasMessageContaining("finite");
    }
}
