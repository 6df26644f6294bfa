/**
 * The nd4j backend: ND4J on the CPU (OpenBLAS), or CUDA under the {@code cuda} Maven profile.
 * {@link io.falbench.kernels.nd4j.Nd4jKernels} with its seeding passes ({@code Nd4jGradientDistances},
 * {@code Nd4jEmbeddingDistances}: GEMVs per centre), {@code Nd4jPointSearch} (one GEMM per search) and
 * {@code Nd4jArrays} (float[] across the edge, row norms). Callers reach it only as
 * {@code KernelsRegistry.create("nd4j")}.
 *
 * <p>May use: {@code org.nd4j} (the only kernels package that may), the API ({@code io.falbench.kernels}), and from
 * {@code io.falbench.kernels.java} the shared backend base ({@code BackendKernels}, {@code CentreDistances},
 * {@code PointSearch}), and {@code io.falbench.kernels.simd.Dot} (anchor norms, as the java passes compute them).
 * Public: {@code Nd4jKernels} only, for the registry.
 */
package io.falbench.kernels.nd4j;
