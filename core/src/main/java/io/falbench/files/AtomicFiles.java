package io.falbench.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file atomically (temporary file in the same folder, then rename), so a reader never sees half a
 * file and a failed write leaves the old file as it was and no temporary file behind; the failure names the file
 * ({@link WriteFailure}). Files are readable by others (rw-r--r--: a temporary file is created 0600, which a shared
 * results folder must not inherit).
 */
public final class AtomicFiles {

    /** Writes a file's content through a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code file}; {@code kept} says what a failure leaves intact (see {@link WriteFailure#of}). */
    public static void write(Path file, String kept, Content content) throws WriteFailure {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions apply
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException | UncheckedIOException e) {
            throw WriteFailure.of(file.toString(), e, kept);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException notDeleted) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path file, String kept, CharSequence text) throws WriteFailure {
        write(file, kept, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
