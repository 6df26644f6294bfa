package io.falbench.datasets.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

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

    /**
     * Offers every regular file of the tar stream {@code tar} (ustar, GNU or pax, read by Commons Compress) to
     * {@link #accept}; returns the names written. The caller owns and closes {@code tar}. A damaged archive is
     * reported as {@code archiveName: ...; fixHint}, a failure to write a member names the member too.
     */
    public Set<String> acceptTar(InputStream tar, String archiveName, String fixHint) throws IOException {
        Set<String> written = new HashSet<>();
        TarArchiveInputStream archive = new TarArchiveInputStream(tar, StandardCharsets.UTF_8.name());
        while (true) {
            TarArchiveEntry entry;
            try {
                entry = archive.getNextEntry();
            } catch (IOException e) {
                throw damaged(archiveName, fixHint, e);
            }
            if (entry == null) {
                // Commons Compress takes a short last record for the end of the archive; the old reader called it
                // a truncated header, and so do we (a whole archive is read in whole 512-byte records)
                if (archive.getBytesRead() % archive.getRecordSize() != 0) {
                    throw damaged(archiveName, fixHint, new EOFException("the archive ends inside a header record"));
                }
                return written;
            }
            // isFile() alone also holds for links and devices; only regular members carry data
            if (!entry.isFile() || entry.isSymbolicLink() || entry.isLink() || entry.isCharacterDevice()
                    || entry.isBlockDevice() || entry.isFIFO()) {
                continue;
            }
            String wrote;
            try {
                wrote = accept(entry.getName(), archive);
            } catch (IOException e) {
                throw new IOException(archiveName + ": cannot extract " + entry.getName() + " (" + e.getMessage()
                        + "); " + fixHint, e);
            }
            if (wrote != null) {
                written.add(wrote);
            }
        }
    }

    private static IOException damaged(String archiveName, String fixHint, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IOException(archiveName + ": not a readable tar archive (" + why + "); " + fixHint, e);
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}
