package io.falbench.experiment;

import io.falbench.files.AtomicFiles;
import io.falbench.files.WriteFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** A run directory on a local (or mounted network) file system: atomic renames, an operating-system lock. */
final class LocalRunFiles implements RunFiles {

    private final Path root;

    LocalRunFiles(Path root) {
        this.root = root;
    }

    private Path file(String relative) {
        return root.resolve(relative);
    }

    @Override
    public String where(String relative) {
        return file(relative).toString();
    }

    @Override
    public void prepare() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("--out " + root + " is a file, not a directory; give a directory path");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IOException("cannot create the run directory " + root + " (" + e.getMessage()
                    + "); give a writable --out", e);
        }
        if (!Files.isWritable(root)) {
            throw new IOException("the run directory " + root + " is not writable; give a writable --out");
        }
    }

    @Override
    public boolean isFile(String relative) {
        return Files.isRegularFile(file(relative));
    }

    @Override
    public InputStream open(String relative) throws IOException {
        return Files.newInputStream(file(relative));
    }

    @Override
    public void write(String relative, Content content) throws IOException {
        AtomicFiles.write(file(relative), WriteFailure.CELLS_KEPT, content::writeTo);
    }

    @Override
    public void delete(String relative) throws IOException {
        Files.deleteIfExists(file(relative));
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path dir = file(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public void append(String relative, String text) throws IOException {
        try {
            Files.writeString(file(relative), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw WriteFailure.of(where(relative), e, WriteFailure.CELLS_KEPT);
        }
    }

    @Override
    public Lock lock(String command) throws IOException {
        return RunLock.acquire(root, command);
    }
}
