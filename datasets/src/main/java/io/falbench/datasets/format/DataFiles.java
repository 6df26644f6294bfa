package io.falbench.datasets.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a data file whether it is stored plain or gzip-compressed (detected by the gzip magic bytes). */
public final class DataFiles {

    private DataFiles() {
    }

    public static byte[] readAllDecompressed(Path file) throws IOException {
        try (InputStream in = openDecompressed(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    public static InputStream openDecompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
