package io.falbench.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a result file atomically (temporary file in the same folder, then rename), so a reader never sees half a
 * file, and readable by others (rw-r--r--: a temporary file is created 0600, which a shared results folder must not
 * inherit).
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path file, RunFiles.Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions apply
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + " (" + e.getMessage() + "); free some space or give a"
                    + " writable --out: finished cells and checkpoints already written are kept", e);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
