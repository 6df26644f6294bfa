package io.falbench.model;

/**
 * The recipe of a cell's networks: architecture, input shape, classes, input normalisation, weight initialisation and
 * the memory format of the input batches. Every network of a cell (global, local-only, fine-tuned) is made from it.
 */
public record NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                          Normalization normalization, Initialization initialization, MemoryFormat memoryFormat) {

    /** A recipe with contiguous (NCHW) input batches. */
    public NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                       Normalization normalization, Initialization initialization) {
        this(architecture, channels, height, width, numClasses, normalization, initialization,
                MemoryFormat.CONTIGUOUS);
    }

    /** This recipe with input batches in {@code format}. */
    public NetworkSpec with(MemoryFormat format) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, normalization, initialization,
                format);
    }

    /** DJL's initialisation, no normalisation: the networks of tests and benchmarks that need no reference parity. */
    public static NetworkSpec plain(Architecture architecture, int channels, int height, int width, int numClasses) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, Normalization.NONE,
                Initialization.DJL);
    }
}
