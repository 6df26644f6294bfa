package io.falbench.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * How libtorch's tensors use the C heap (glibc). Two things, both measured on CNN4Conv:
 * <ul>
 *   <li>{@link #configure()}: glibc serves a block above its mmap threshold with a fresh mapping, and returns the top
 *       of the heap to the system whenever more than the trim threshold is free; both thresholds move with the
 *       program. A network's activations (16 MB for a batch of 64 CIFAR images after the first convolution) then come
 *       as new pages, faulted in and zeroed for every layer of every batch: a training epoch of CNN4Conv took 2.3x as
 *       long and an inference pass 2.8x (NetworkPassBenchmark). Fixing the mmap threshold at its largest value
 *       (32 MiB) and the trim threshold at 2 GiB keeps the freed blocks for the next batch.</li>
 *   <li>{@link #trim()}: {@code malloc_trim(0)} after every AL round hands the free pages back, so a long run's resident
 *       memory stays flat (it climbed by about 40% before levelling off without it).</li>
 * </ul>
 * {@code scripts/falbench} also sets {@code MALLOC_ARENA_MAX=1} (one arena; see {@link #arenas}), which the run log
 * reports. Where the C library is not glibc (musl, macOS) both do nothing. {@code MALLOC_MMAP_THRESHOLD_} or
 * {@code MALLOC_TRIM_THRESHOLD_} in the environment (glibc's own knobs) and {@code FALBENCH_MALLOC} (another allocator,
 * or {@code glibc} for glibc's moving thresholds) leave the thresholds as they are.
 */
public final class NativeHeap {

    /** glibc's mallopt parameters (malloc.h). */
    private static final int M_TRIM_THRESHOLD = -1;
    private static final int M_MMAP_THRESHOLD = -3;
    /** glibc's largest mmap threshold on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX). */
    static final int MMAP_THRESHOLD = 32 << 20;
    static final int TRIM_THRESHOLD = Integer.MAX_VALUE;

    private interface CLibrary extends Library {
        int malloc_trim(long pad);

        int mallopt(int parameter, int value);
    }

    private static final CLibrary C = load();
    private static String configured;

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

    /**
     * Fixes glibc's thresholds (once per process) unless the environment chose otherwise; says what the heap runs
     * with, for the run log.
     */
    public static synchronized String configure() {
        if (configured == null) {
            configured = apply();
        }
        return configured;
    }

    private static String apply() {
        String allocator = System.getenv("FALBENCH_MALLOC");
        if (allocator != null && !allocator.isBlank()) {
            return "FALBENCH_MALLOC=" + allocator + ": thresholds left as they are";
        }
        if (System.getenv("MALLOC_MMAP_THRESHOLD_") != null || System.getenv("MALLOC_TRIM_THRESHOLD_") != null) {
            return "glibc thresholds from the environment";
        }
        if (C == null) {
            return "not glibc: thresholds left as they are";
        }
        try {
            boolean mmap = C.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1;
            boolean trim = C.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1;
            return mmap && trim ? "glibc mmap threshold 32 MiB, trim threshold 2 GiB, trimmed after every AL round"
                    + arenas(System.getenv("MALLOC_ARENA_MAX")) : "glibc refused the thresholds: left as they are";
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return "no mallopt: thresholds left as they are";
        }
    }

    /**
     * The arena limit the environment set ({@code scripts/falbench} sets one arena: libtorch's tensors, allocated on
     * the JVM's threads, then come from the main heap, which the thresholds keep, rather than from per-thread heaps
     * that glibc unmaps when they empty), for the run log; empty when unset.
     */
    static String arenas(String arenaMax) {
        if (arenaMax == null || arenaMax.isBlank()) {
            return "";
        }
        return arenaMax.strip().equals("1") ? ", one malloc arena" : ", at most " + arenaMax.strip() + " malloc arenas";
    }

    /** Returns free heap pages to the operating system; true when some were released. */
    public static boolean trim() {
        return C != null && C.malloc_trim(0) == 1;
    }
}
