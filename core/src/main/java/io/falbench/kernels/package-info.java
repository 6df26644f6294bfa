/**
 * The public kernel API: the hot kernels of a query round behind one interface, {@link io.falbench.kernels.Kernels};
 * the values that cross it ({@link io.falbench.kernels.Embeddings}, {@link io.falbench.kernels.GradientEmbeddings},
 * {@link io.falbench.kernels.KMeansOptions}, {@link io.falbench.kernels.IncrementalKMeansOptions},
 * {@link io.falbench.kernels.KMeansResult},
 * {@link io.falbench.kernels.RowExtrema}, {@link io.falbench.kernels.Metric}, {@link io.falbench.kernels.Extremum},
 * {@link io.falbench.kernels.Uncertainty}); the minimum-cost assignment all backends share
 * ({@link io.falbench.kernels.Hungarian}); and {@link io.falbench.kernels.KernelsRegistry}, which makes a backend from
 * its name.
 *
 * <p>Callers (strategies, modes, federated k-means, the benchmarks) use only this package. The backends live in
 * sub-packages: {@code java} (plain Java, the reference, and the base all backends share), {@code simd} (the java
 * backend's Vector API forms), {@code nd4j} and {@code djl}. Nothing outside {@code io.falbench.kernels..} names a class
 * in them, and in this package only the registry names the native backends (KernelsArchitectureTest).
 *
 * <p>May use: the JDK; {@code io.falbench.kernels.java}'s {@code Dot.dot} and {@code Parallel.forRange} for the row
 * norms of the value types (so every backend starts from the same norms); the registry, every backend. Never ND4J, DJL
 * or the Vector API.
 */
package io.falbench.kernels;
