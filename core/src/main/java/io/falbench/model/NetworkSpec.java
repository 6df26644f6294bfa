package io.falbench.model;

/**
 * The recipe of a cell's networks: architecture, input shape, classes, input normalisation, weight initialisation, the
 * memory format of the input batches, the dropout rate on the penultimate embedding (0: no dropout layer) and the
 * precision of the passes. Every network of a cell (global, local-only, fine-tuned) is made from it.
 */
public record NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                          Normalization normalization, Initialization initialization, MemoryFormat memoryFormat,
                          double dropout, Precision precision) {

    public NetworkSpec {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout rate " + dropout + " is not in [0, 1)");
        }
    }

    /** A recipe in fp32. */
    public NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                       Normalization normalization, Initialization initialization, MemoryFormat memoryFormat,
                       double dropout) {
        this(architecture, channels, height, width, numClasses, normalization, initialization, memoryFormat, dropout,
                Precision.FP32);
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
                format, dropout, precision);
    }

    /** This recipe with its passes in {@code arithmetic}. */
    public NetworkSpec with(Precision arithmetic) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, normalization, initialization,
                memoryFormat, dropout, arithmetic);
    }

    /** This recipe with dropout of rate {@code rate} on the penultimate embedding (0: none). */
    public NetworkSpec withDropout(double rate) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, normalization, initialization,
                memoryFormat, rate, precision);
    }

    /** DJL's initialisation, no normalisation: the networks of tests and benchmarks that need no reference parity. */
    public static NetworkSpec plain(Architecture architecture, int channels, int height, int width, int numClasses) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, Normalization.NONE,
                Initialization.DJL);
    }
}
