/**
 * The kernels backends by name: {@link io.falbench.kernels.registry.KernelsRegistry} (the protocol key
 * {@code kernels}, the benchmarks and the command line read it). Above the API and every backend, so the API depends
 * on none of them.
 *
 * <p>May use: the API ({@code io.falbench.kernels}), every backend's public entry ({@code JavaKernels},
 * {@code Nd4jKernels}, {@code DjlKernels}), {@code io.falbench.kernels.simd.Simd} (the path recorded in provenance) and
 * {@code io.falbench.registry}.
 */
package io.falbench.kernels.registry;
