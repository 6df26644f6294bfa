/**
 * The public kernel API: the hot kernels of a query round behind one interface, {@link io.falbench.kernels.Kernels};
 * the values that cross it ({@link io.falbench.kernels.Embeddings}, {@link io.falbench.kernels.GradientEmbeddings},
 * {@link io.falbench.kernels.KMeansOptions}, {@link io.falbench.kernels.IncrementalKMeansOptions},
 * {@link io.falbench.kernels.KMeansResult},
 * {@link io.falbench.kernels.RowExtrema}, {@link io.falbench.kernels.Metric}, {@link io.falbench.kernels.Extremum},
 * {@link io.falbench.kernels.Uncertainty}); and the minimum-cost assignment all backends share
 * ({@link io.falbench.kernels.Hungarian}). A backend is made from its name by
 * {@link io.falbench.kernels.registry.KernelsRegistry}, one package up.
 *
 * <p>Callers (strategies, modes, federated k-means, the benchmarks) use only this package and the registry. The
 * backends live in sub-packages: {@code java} (plain Java, the reference, and the base all backends share),
 * {@code simd} (the dot product every kernel shares and the java backend's Vector API forms), {@code nd4j} and
 * {@code djl}. Nothing outside {@code io.falbench.kernels..} names a class in them, and among the kernels only the
 * registry names the native backends (KernelsArchitectureTest).
 *
 * <p>May use: the JDK; {@code io.falbench.kernels.simd.Dot} and {@code io.falbench.runtime.Parallel} for the row norms
 * of the value types (so every backend starts from the same norms). Never a backend, the registry, ND4J, DJL or the
 * Vector API.
 */
package io.falbench.kernels;
