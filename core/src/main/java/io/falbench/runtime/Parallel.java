package io.falbench.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * The kernels' thread pool: a fixed pool of daemon threads (-Dfalbench.threads, else FALBENCH_THREADS, else all
 * cores) splitting a row range into one contiguous chunk per thread; the caller runs the first chunk. Results never
 * depend on the thread count:
 * every kernel computes each row alone, and reductions combine chunks in index order with ties to the lowest index.
 */
public final class Parallel {

    /** Below this many rows per chunk, splitting costs more than it saves. */
    private static final int MIN_CHUNK = 512;
    private static final int THREADS = threadCount();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), runnable -> {
        Thread thread = new Thread(runnable, "falbench-kernels");
        thread.setDaemon(true);
        return thread;
    });

    private Parallel() {
    }

    public interface RangeBody {
        void run(int from, int to);
    }

    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    /** How many chunks {@link #forChunks} splits n rows into. */
    public static int chunks(int n) {
        return Math.max(1, Math.min(THREADS, n / MIN_CHUNK));
    }

    public static void forRange(int n, RangeBody body) {
        forChunks(n, (chunk, from, to) -> body.run(from, to));
    }

    /** Runs body over chunks(n) contiguous chunks; chunk c covers [c*n/chunks, (c+1)*n/chunks). */
    public static void forChunks(int n, ChunkBody body) {
        int chunks = chunks(n);
        if (chunks == 1) {
            body.run(0, 0, n);
            return;
        }
        @SuppressWarnings("unchecked")
        Future<?>[] futures = new Future<?>[chunks - 1];
        for (int c = 1; c < chunks; c++) {
            int chunk = c;
            futures[c - 1] = POOL.submit(() -> body.run(chunk, start(n, chunks, chunk), start(n, chunks, chunk + 1)));
        }
        body.run(0, 0, start(n, chunks, 1));
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a kernel chunk", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
    }

    private static int start(int n, int chunks, int chunk) {
        return (int) ((long) n * chunk / chunks);
    }

    private static int threadCount() {
        String fromEnvironment = System.getenv("FALBENCH_THREADS");
        String fromProperty = System.getProperty("falbench.threads");
        String chosen = fromProperty != null && !fromProperty.isBlank() ? fromProperty : fromEnvironment;
        return chosen == null || chosen.isBlank() ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(chosen.trim());
    }
}
