package io.falbench.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 2-D float matrix in NumPy's {@code .npy} format (numpy.lib.format, header versions 1.0, 2.0 and 3.0): the magic
 * {@code \x93NUMPY}, the version, the header length, then a Python dict with {@code descr} {@code '<f4'} or
 * {@code '<f8'}, {@code fortran_order} False and a 2-D {@code shape}, then the values in C order. {@link #header}
 * reads the header alone; {@link #read} the values, float64 rounded to float. Anything else is refused with what it
 * is and how to write the file ({@code numpy.save(path, array.astype(numpy.float32))}).
 *
 * @param path      the file
 * @param rows      shape[0]
 * @param columns   shape[1]
 * @param itemBytes 4 for float32, 8 for float64
 * @param offset    where the values start
 */
public record NpyMatrix(Path path, int rows, int columns, int itemBytes, long offset) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final String HOW = "; write a 2-D float32 array in C order with numpy.save(path,"
            + " numpy.ascontiguousarray(features, dtype=numpy.float32))";
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(\\w+)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** The header of {@code path}, checked against the file's size; IllegalArgumentException says what is wrong. */
    public static NpyMatrix header(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no file " + path.toAbsolutePath() + HOW);
        }
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            byte[] start = in.readNBytes(12);
            if (start.length < 10 || !java.util.Arrays.equals(start, 0, 6, MAGIC, 0, 6)) {
                throw new IllegalArgumentException(path + " is not a NumPy .npy file (no \\x93NUMPY magic)" + HOW);
            }
            int major = start[6];
            long length;
            int prefix;
            if (major == 1) {
                length = ByteBuffer.wrap(start, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
                prefix = 10;
            } else if (major == 2 || major == 3) {
                if (start.length < 12) {
                    throw new IllegalArgumentException(path + ": the .npy header is cut short" + HOW);
                }
                length = ByteBuffer.wrap(start, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
                prefix = 12;
            } else {
                throw new IllegalArgumentException(path + ": .npy format version " + major + "." + start[7]
                        + ", expected 1.0, 2.0 or 3.0" + HOW);
            }
            if (prefix + length > size || length > 1 << 20) {
                throw new IllegalArgumentException(path + ": the .npy header is cut short" + HOW);
            }
            byte[] rest = in.readNBytes((int) (prefix + length - start.length));
            head = new byte[(int) length];
            System.arraycopy(start, prefix, head, 0, start.length - prefix);
            System.arraycopy(rest, 0, head, start.length - prefix, rest.length);
            return parse(path, new String(head, StandardCharsets.ISO_8859_1), prefix + length, size);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + " (" + e.getMessage() + ")" + HOW, e);
        }
    }

    private static NpyMatrix parse(Path path, String dict, long offset, long size) {
        String descr = find(DESCR, dict, path, "descr");
        int itemBytes = switch (descr) {
            case "<f4" -> 4;
            case "<f8" -> 8;
            default -> throw new IllegalArgumentException(path + ": dtype '" + descr
                    + "', expected '<f4' (float32) or '<f8' (float64)" + HOW);
        };
        if (!find(FORTRAN, dict, path, "fortran_order").equals("False")) {
            throw new IllegalArgumentException(path + ": fortran_order True (column-major), expected C order" + HOW);
        }
        String[] dims = find(SHAPE, dict, path, "shape").split(",");
        long[] shape = java.util.Arrays.stream(dims).map(String::strip).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        if (shape.length != 2 || shape[0] < 1 || shape[1] < 1 || shape[0] * shape[1] > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(path + ": shape (" + String.join(",", dims)
                    + "), expected 2-D (samples, dimensions) with fewer than 2^31 values" + HOW);
        }
        long expected = offset + shape[0] * shape[1] * itemBytes;
        if (size != expected) {
            throw new IllegalArgumentException(path + " holds " + size + " bytes, its header (shape (" + shape[0]
                    + ", " + shape[1] + "), '" + descr + "') says " + expected + "; the file is cut short or"
                    + " altered" + HOW);
        }
        return new NpyMatrix(path, (int) shape[0], (int) shape[1], itemBytes, offset);
    }

    private static String find(Pattern pattern, String dict, Path path, String field) {
        Matcher m = pattern.matcher(dict);
        if (!m.find()) {
            throw new IllegalArgumentException(path + ": the .npy header has no '" + field + "': " + dict.strip()
                    + HOW);
        }
        return m.group(1).strip();
    }

    /** The values, row-major; a NaN or infinite value is refused with its row and column. */
    public float[] read() throws IOException {
        float[] values = new float[rows * columns];
        ByteBuffer bytes = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        try (var channel = Files.newByteChannel(path)) {
            channel.position(offset);
            int next = 0;
            while (next < values.length) {
                bytes.clear();
                bytes.limit((int) Math.min(bytes.capacity(), (long) (values.length - next) * itemBytes));
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes) < 0) {
                        throw new IOException(path + " ends before its " + values.length + " values");
                    }
                }
                bytes.flip();
                while (bytes.hasRemaining()) {
                    float value = itemBytes == 4 ? bytes.getFloat() : (float) bytes.getDouble();
                    if (!Float.isFinite(value)) {
                        throw new IllegalArgumentException(path + ": value " + value + " at row " + next / columns
                                + ", column " + next % columns + "; every value must be finite" + HOW);
                    }
                    values[next++] = value;
                }
            }
        }
        return values;
    }
}
