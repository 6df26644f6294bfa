package io.falbench.model;

/**
 * The recipe of a cell's networks: architecture, input shape, classes, input normalisation and weight
 * initialisation. Every network of a cell (global, local-only, fine-tuned) is made from it.
 */
public record NetworkSpec(Architecture architecture, int channels, int height, int width, int numClasses,
                          Normalization normalization, Initialization initialization) {

    /** DJL's initialisation, no normalisation: the networks of tests and benchmarks that need no reference parity. */
    public static NetworkSpec plain(Architecture architecture, int channels, int height, int width, int numClasses) {
        return new NetworkSpec(architecture, channels, height, width, numClasses, Normalization.NONE,
                Initialization.DJL);
    }
}
