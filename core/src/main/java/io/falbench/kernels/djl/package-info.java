/**
 * The djl backend: PyTorch through DJL (CPU; CUDA where DJL finds a CUDA libtorch).
 * {@link io.falbench.kernels.djl.DjlKernels} with its seeding passes ({@code DjlGradientDistances},
 * {@code DjlEmbeddingDistances}: matrix-vector products per centre) and {@code DjlPointSearch} (one matMul per search).
 * Every NDArray lives in a manager the kernel call or pass opens and closes; float[] cross at the edge. Callers reach
 * it only as {@code KernelsRegistry.create("djl")}.
 *
 * <p>May use: {@code ai.djl} (the only kernels package that may), the API ({@code io.falbench.kernels}), and from
 * {@code io.falbench.kernels.java} the shared backend base ({@code BackendKernels}, {@code CentreDistances},
 * {@code PointSearch}), and {@code io.falbench.kernels.simd.Dot} (anchor norms, as the java passes compute them).
 * Public: {@code DjlKernels} only, for the registry.
 */
package io.falbench.kernels.djl;
