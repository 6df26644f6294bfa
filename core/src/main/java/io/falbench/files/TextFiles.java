package io.falbench.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Text input read strictly as UTF-8 (a leading byte-order mark dropped). A file that is not UTF-8 text (an image, an
 * archive, a file in another encoding) is named with the first offending byte and what to give instead, rather than
 * the decoder's bare "Input length = 1".
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** The text of {@code file}; {@code expected} says what the file should be and how to fix it. */
    public static String read(Path file, String expected) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + " (" + e.getMessage() + "); " + expected, e);
        }
        return decode(bytes, file.toString(), expected);
    }

    /** {@code bytes} as text; {@code where} names their file in errors. */
    public static String decode(byte[] bytes, String where, String expected) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            throw new IOException(where + " is not UTF-8 text (" + String.format(Locale.ROOT,
                    "byte 0x%02x at offset %d", bytes[at] & 0xff, at) + " is not UTF-8); " + expected);
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new IOException(where + " is not UTF-8 text (it holds a NUL byte, at character " + nul
                    + ": a binary file); " + expected);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
