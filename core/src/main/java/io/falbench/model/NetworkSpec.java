package io.falbench.model;

/**
 * The recipe of a cell's networks: architecture, input shape, classes, input normalisation, weight initialisation, the
 * memory format of the input batches and the dropout rate on the penultimate embedding (0: no dropout layer). Every
 * network of a cell (global, local-only, fine-tuned) is made from it.
 */
public record NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                          Normalization normalization, Initialization initialization, MemoryFormat memoryFormat,
                          double dropout) {

    public NetworkSpec {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout rate " + dropout + " is not in [0, 1)");
        }
    }

    /** A recipe without dropout. */
    public NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                       Normalization normalization, Initialization initialization, MemoryFormat memoryFormat) {
        this(architecture, channels, height, width, numClasses, normalization, initialization, memoryFormat, 0);
    }

    /** A recipe with contiguous (NCHW) input batches, without dropout. */
    public NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                       Normalization normalization, Initialization initialization) {
        this(architecture, channels, height, width, numClasses, normalization, initialization,
                MemoryFormat.CONTIGUOUS);
    }

    /** This recipe with input batches in {@code format}. */
    public NetworkSpec with(MemoryFormat format) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, normalization, initialization,
                format, dropout);
    }

    /** This recipe with dropout of rate {@code rate} on the penultimate embedding (0: none). */
    public NetworkSpec withDropout(double rate) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, normalization, initialization,
                memoryFormat, rate);
    }

    /** DJL's initialisation, no normalisation: the networks of tests and benchmarks that need no reference parity. */
    public static NetworkSpec plain(Architecture architecture, int channels, int height, int width, int numClasses) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, Normalization.NONE,
                Initialization.DJL);
    }
}
