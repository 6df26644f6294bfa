package io.falbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not UTF-8 (an image, an archive, a binary file) is named with what the file should be. */
class TextFilesTest {

    static final String EXPECTED = "give a protocol .conf file";

    /** The first bytes of every PNG file. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAndDropsAByteOrderMark() throws IOException {
        Path file = dir.resolve("a.conf");
        Files.writeString(file, "\uFEFFclients = 5 # ± é\n");
        assertThat(TextFiles.read(file, EXPECTED)).isEqualTo("clients = 5 # ± é\n");
    }

    @Test
    void anImageIsNamedWithItsFirstBadByteAndWhatToGive() throws IOException {
        Path file = Files.write(dir.resolve("plot.png"), PNG);
        assertThatThrownBy(() -> TextFiles.read(file, EXPECTED)).hasMessage(file
                + " is not UTF-8 text (byte 0x89 at offset 0 is not UTF-8); " + EXPECTED);
    }

    @Test
    void anArchiveAndABinaryFileAreRefusedToo() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("clients = 5\n".getBytes(StandardCharsets.UTF_8));
        }
        Path archive = Files.write(dir.resolve("a.conf.gz"), gzip.toByteArray());
        assertThatThrownBy(() -> TextFiles.read(archive, EXPECTED))
                .hasMessage(archive + " is not UTF-8 text (byte 0x8b at offset 1 is not UTF-8); " + EXPECTED);
        Path binary = Files.write(dir.resolve("zeros"), new byte[] {'a', 'b', 0, 0});
        assertThatThrownBy(() -> TextFiles.read(binary, EXPECTED)).hasMessage(binary
                + " is not UTF-8 text (it holds a NUL byte, at character 2: a binary file); " + EXPECTED);
    }

    @Test
    void aTextInLatin1IsRefusedAtItsFirstAccent() {
        byte[] latin1 = "seeds = 3 # é".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextFiles.decode(latin1, "claims", "write it as UTF-8"))
                .hasMessage("claims is not UTF-8 text (byte 0xe9 at offset 12 is not UTF-8); write it as UTF-8");
    }

    @Test
    void aFileThatCannotBeReadIsNamed() {
        Path missing = dir.resolve("missing.conf");
        assertThatThrownBy(() -> TextFiles.read(missing, EXPECTED))
                .hasMessageStartingWith("cannot read " + missing + " (").hasMessageEndingWith(EXPECTED);
    }
}
