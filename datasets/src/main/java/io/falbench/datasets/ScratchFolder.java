package io.falbench.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden temporary folder inside the data directory (so a move out of it is a rename on the same file system),
 * where a fetch downloads or an import stages files before they are verified; deleted with all it holds.
 */
final class ScratchFolder {

    private ScratchFolder() {
    }

    /** A new folder {@code <dataDir>/<prefix>NNN}, the data directory created if need be. */
    static Path create(Path dataDir, String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(dataDir), prefix);
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
