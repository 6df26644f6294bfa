package io.falbench.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * A write that failed, said with its file, what happened and what is kept: "no space left on device while writing
 * FILE; free space and rerun: KEPT", or "cannot write FILE (REASON); check that its folder is writable and rerun:
 * KEPT". A full disk is recognised anywhere in the cause chain, since encoders wrap it (XChart's SVG writer in a
 * SAXException).
 */
public final class WriteFailure extends IOException {

    /** What a failed write in a run directory leaves: everything finished before it. */
    public static final String CELLS_KEPT = "finished cells and AL rounds are kept";

    private static final String[] FULL = {"No space left on device", "Disk quota exceeded"};

    private WriteFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure to write {@code file}; {@code kept} says what it leaves intact ("" when nothing is worth saying). */
    public static WriteFailure of(String file, Throwable cause, String kept) {
        if (cause instanceof WriteFailure already) {
            return already;
        }
        String fix = full(cause) != null ? "free space and rerun" : "check that its folder is writable and rerun";
        return new WriteFailure(what(file, cause) + "; " + fix + (kept.isEmpty() ? "" : ": " + kept), cause);
    }

    /** "no space left on device while writing FILE", or "cannot write FILE (REASON)". */
    public static String what(String file, Throwable cause) {
        String full = full(cause);
        return full != null ? full + " while writing " + file : "cannot write " + file + " (" + reason(cause) + ")";
    }

    /** The full-disk error named anywhere in the cause chain, in lower case, or null. */
    static String full(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            for (String full : FULL) {
                if (message != null && message.contains(full)) {
                    return full.toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** The innermost cause's reason (a file-system error's own reason rather than its file name). */
    private static String reason(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (fs instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (fs instanceof NoSuchFileException) {
                return "no such file or folder: " + fs.getFile();
            }
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
