package io.falbench.runtime;

/**
 * Sets the native thread pools deliberately, before DJL or ND4J load, so PyTorch's intra-op pool,
 * OpenMP and OpenBLAS do not each take every core and oversubscribe the machine.
 * The count comes from FALBENCH_THREADS, else the number of available processors.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    public static int configureFromEnvironment() {
        String fromEnvironment = System.getenv("FALBENCH_THREADS");
        int threads = fromEnvironment == null || fromEnvironment.isBlank()
                ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(fromEnvironment.trim());
        configure(threads);
        return threads;
    }

    /** The native thread count this process was configured with (else every available processor). */
    public static int configured() {
        String property = System.getProperty("ai.djl.pytorch.num_threads");
        return property == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(property.trim());
    }

    /** Sets the properties DJL's PyTorch engine and JavaCPP's OpenBLAS read at load time (unless already set). */
    public static void configure(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + threads);
        }
        setDefault("ai.djl.pytorch.num_threads", Integer.toString(threads));
        setDefault("ai.djl.pytorch.num_interop_threads", "1");
        setDefault("org.bytedeco.openblas.nthreads", Integer.toString(threads));
        setDefault("ai.djl.offline", "true");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
