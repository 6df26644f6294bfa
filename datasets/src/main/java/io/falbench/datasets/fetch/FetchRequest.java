package io.falbench.datasets.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a source must deliver: the wanted file names, the directory to write them into, a scratch
 * directory for downloads, and a log for progress lines.
 */
public record FetchRequest(Set<String> wantedFiles, Path targetDir, Path workDir, Consumer<String> log) {

    /**
     * Writes one wanted file atomically (temp file then rename), decompressing when the member name ends in .gz.
     * Returns the file name written, or null when the member is not wanted.
     */
    public String accept(String memberName, InputStream content) throws IOException {
        String base = memberName.substring(memberName.lastIndexOf('/') + 1);
        boolean gzip = base.endsWith(".gz");
        String name = gzip ? base.substring(0, base.length() - 3) : base;
        if (!wantedFiles.contains(name)) {
            return null;
        }
        Files.createDirectories(targetDir);
        Path temp = Files.createTempFile(targetDir, "." + name, ".part");
        try {
            InputStream in = gzip ? new java.util.zip.GZIPInputStream(nonClosing(content), 1 << 16) : content;
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, targetDir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        log.accept("  wrote " + targetDir.resolve(name));
        return name;
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}
