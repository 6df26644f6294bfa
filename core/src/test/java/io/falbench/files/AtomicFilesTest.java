package io.falbench.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write names its file and what happened, leaves the old file as it was and no temporary file behind. */
class AtomicFilesTest {

    static final String KEPT = "finished cells are kept";

    @TempDir
    Path dir;

    /** Writes half of {@code text}, then fails as a full disk does. */
    static AtomicFiles.Content fullDiskAfterHalfOf(String text) {
        return out -> {
            out.write(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("No space left on device");
        };
    }

    private Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void writesWholeFilesReadableByOthersAndReplacesThem() throws IOException {
        Path file = dir.resolve("sub/results.csv");
        AtomicFiles.writeString(file, KEPT, "first");
        AtomicFiles.writeString(file, KEPT, "second ±");
        assertThat(Files.readString(file)).isEqualTo("second ±");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("results.csv");
        }
    }

    @Test
    void aFullDiskIsNamedWithTheFileAndLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("results.csv");
        AtomicFiles.writeString(file, KEPT, "kept");
        assertThatThrownBy(() -> AtomicFiles.write(file, KEPT, fullDiskAfterHalfOf("a longer new table")))
                .isInstanceOf(WriteFailure.class)
                .hasMessage("no space left on device while writing " + file + "; free space and rerun: " + KEPT);
        assertThat(Files.readString(file)).isEqualTo("kept");
        assertThat(names()).containsExactly("results.csv");
    }

    @Test
    void theOperatingSystemsFullDiskIsRecognised() {
        Path devFull = Path.of("/dev/full");
        assumeThat(Files.isWritable(devFull)).as("Linux's /dev/full").isTrue();
        Path file = dir.resolve("run.log");
        assertThatThrownBy(() -> AtomicFiles.write(file, "", out -> {
            try (OutputStream full = new FileOutputStream(devFull.toFile())) {
                full.write(new byte[1 << 16]);
            }
        })).hasMessage("no space left on device while writing " + file + "; free space and rerun");
    }

    @Test
    void aFullDiskIsRecognisedWhereverAnEncoderWrapsIt() {
        // XChart's SVG writer flattens it into one message; ImageIO's PNG writer wraps it as the cause
        IOException svg = new IOException("org.xml.sax.SAXException: java.io.IOException: No space left on device\n"
                + "java.io.IOException: No space left on device");
        IOException png = new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        for (IOException encoder : new IOException[] {svg, png}) {
            Path file = dir.resolve("accuracy.png");
            assertThatThrownBy(() -> AtomicFiles.write(file, KEPT, out -> {
                out.write(1);
                throw encoder;
            })).hasMessageStartingWith("no space left on device while writing " + file + "; free space")
                    .hasCause(encoder);
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void anotherFailureSaysWhatHappened() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        Path file = notAFolder.resolve("report.md");
        assertThatThrownBy(() -> AtomicFiles.writeString(file, KEPT, "report"))
                .hasMessageStartingWith("cannot write " + file + " (")
                .hasMessageEndingWith("; check that its folder is writable and rerun: " + KEPT);
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("b"), "", out -> {
            throw new IOException("Input/output error");
        })).hasMessage("cannot write " + dir.resolve("b") + " (Input/output error); check that its folder is"
                + " writable and rerun");
    }
}
