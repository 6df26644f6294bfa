/**
 * The dot products below every kernel: {@link io.falbench.kernels.simd.Dot} (the scalar forms written for C2, and the
 * one dot product the API's row norms, every backend's anchor norms and the vector forms' short rows share), and the
 * Vector API ({@code jdk.incubator.vector}) forms of the java backend's dot products: {@link
 * io.falbench.kernels.simd.VectorDots} (dot, squared distance, two- and four-row blocks), {@link
 * io.falbench.kernels.simd.PanelDots} (the packed-panel GEMM micro-kernel behind the java point search) and {@link
 * io.falbench.kernels.simd.VectorBf16} (bfloat16 dots), {@link io.falbench.kernels.simd.WeightedSums} (k-means' centre
 * update), plus the gate {@link io.falbench.kernels.simd.Simd}.
 *
 * <p>The Vector API stays optional: only the classes of this package import {@code jdk.incubator.vector}, and
 * {@code Dot} and the java backend call them only when {@link io.falbench.kernels.simd.Simd#ENABLED} (the JVM was
 * started with {@code --add-modules jdk.incubator.vector} and {@code -Dfalbench.simd=false} was not given);
 * {@code Simd} and {@code Dot} touch no incubator class, so without the module nothing else here is loaded.
 *
 * <p>May use: the JDK and {@code jdk.incubator.vector}; nothing else in falbench (a leaf). Used by the kernels packages
 * only: {@code Dot} by the API and every backend, the rest by {@code io.falbench.kernels.java}.
 */
package io.falbench.kernels.simd;
