package io.falbench.datasets.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A minimal reader of POSIX ustar / GNU tar streams (regular files, GNU long names, pax headers
 * skipped), enough to pull data files out of the archives the data sets ship in.
 */
public final class TarStream {

    private static final int BLOCK = 512;

    private TarStream() {
    }

    /** Offers every regular file of the archive to {@code request}; returns the names it wrote. */
    public static Set<String> extract(InputStream tar, FetchRequest request, String archiveName) throws IOException {
        Set<String> written = new HashSet<>();
        byte[] header = new byte[BLOCK];
        String longName = null;
        while (true) {
            if (!readBlock(tar, header)) {
                break;
            }
            if (isZero(header)) {
                break;
            }
            String name = longName != null ? longName : headerName(header);
            longName = null;
            long size = parseOctal(header, 124, 12, archiveName);
            char type = (char) header[156];
            BoundedStream body = new BoundedStream(tar, size);
            if (type == 'L') {
                longName = new String(body.readAllBytes(), StandardCharsets.UTF_8).replace("\0", "");
            } else if (type == '0' || type == '\0') {
                String wrote = request.accept(name, body);
                if (wrote != null) {
                    written.add(wrote);
                }
            }
            body.skipRest();
            long padding = (BLOCK - size % BLOCK) % BLOCK;
            tar.skipNBytes(padding);
        }
        return written;
    }

    private static String headerName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = cString(header, 257, 6).startsWith("ustar");
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] block, int offset, int length) {
        int end = offset;
        while (end < offset + length && block[end] != 0) {
            end++;
        }
        return new String(block, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long parseOctal(byte[] block, int offset, int length, String archiveName) throws IOException {
        String text = cString(block, offset, length).trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException(archiveName + ": corrupt tar header (size field '" + text + "')", e);
        }
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK) {
            throw new EOFException("tar archive ends inside a header block");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The body of one tar member: reads at most {@code size} bytes of the underlying stream. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedStream(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("tar archive truncated inside a member");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n < 0) {
                throw new EOFException("tar archive truncated inside a member");
            }
            remaining -= n;
            return n;
        }

        void skipRest() throws IOException {
            in.skipNBytes(remaining);
            remaining = 0;
        }

        @Override
        public void close() {
            // the archive stream stays open for the next member
        }
    }
}
