package io.falbench.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Hands the C heap's free pages back to the operating system (glibc {@code malloc_trim(0)}). libtorch frees each
 * round's tensors into glibc's arenas, which keep them: without a trim a long CNN4Conv run's resident memory climbs
 * by about 40% before it levels off. Where the C library has no {@code malloc_trim} (musl, macOS) this does nothing.
 */
public final class NativeHeap {

    private interface CLibrary extends Library {
        int malloc_trim(long pad);
    }

    private static final CLibrary C = load();

    private NativeHeap() {
    }

    private static CLibrary load() {
        try {
            CLibrary c = Native.load("c", CLibrary.class);
            c.malloc_trim(0);
            return c;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null;
        }
    }

    /** Whether this process's C library can trim its heap. */
    public static boolean available() {
        return C != null;
    }

    /** Returns free heap pages to the operating system; true when some were released. */
    public static boolean trim() {
        return C != null && C.malloc_trim(0) == 1;
    }
}
