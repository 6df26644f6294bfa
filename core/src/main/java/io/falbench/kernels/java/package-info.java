/**
 * The java backend, the reference every other backend is tested against, and the parts every backend shares.
 *
 * <p>Shared by all backends: {@link io.falbench.kernels.java.BackendKernels}, the base class. A backend supplies only
 * the distance passes, {@link io.falbench.kernels.java.CentreDistances} (seeding: D(x) to the nearest centre, lowered
 * per centre) and {@link io.falbench.kernels.java.PointSearch} (GEMM distances to a set of centres); the selection
 * rules ({@code Seeding}: k-means++ with BADGE semantics, greedy k-center; {@code D2Sampler}: the seeded draws), the
 * k-means steps ({@code WeightedKMeans}; cardinal's {@code IncrementalMiniBatchKMeans} with {@code GreedySeeding},
 * {@code MiniBatchStep} and {@code SmoothedInertiaStop}) and the assignment ({@code io.falbench.kernels.Hungarian}) are
 * shared, so every backend selects alike.
 *
 * <p>The reference: {@link io.falbench.kernels.java.JavaKernels} ("java", "java-pruned", "java-bf16"), plain Java on the
 * heap, one chunk of rows per thread ({@code io.falbench.runtime.Parallel}); its seeding passes on
 * {@code HeapCentreDistances}
 * ({@code JavaGradientDistances}, {@code JavaEmbeddingDistances}, both optionally pruned by {@code TrianglePruning},
 * Raff 2021; {@code JavaBf16GradientDistances} on {@code Bf16} features), {@code JavaPointSearch}, the blocked dot
 * products written for C2 ({@code BlockedDots}) and {@code UncertaintyScores}.
 *
 * <p>May use: the JDK, the API ({@code io.falbench.kernels}), {@code io.falbench.runtime.Parallel} and
 * {@code io.falbench.kernels.simd} ({@code Dot}; the Vector API forms only behind {@code Simd.ENABLED}); never ND4J, DJL
 * or {@code jdk.incubator.vector} directly. Public only what another kernels package needs: {@code JavaKernels} (the
 * registry); {@code BackendKernels}, {@code CentreDistances}, {@code PointSearch} (the nd4j and djl backends). Nothing
 * outside {@code io.falbench.kernels..} may use this package (KernelsArchitectureTest).
 */
package io.falbench.kernels.java;
