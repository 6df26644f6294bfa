/**
 * The Vector API ({@code jdk.incubator.vector}) forms of the java backend's dot products: {@link
 * io.falbench.kernels.simd.VectorDots} (dot, squared distance, two- and four-row blocks), {@link
 * io.falbench.kernels.simd.PanelDots} (the packed-panel GEMM micro-kernel behind the java point search) and {@link
 * io.falbench.kernels.simd.VectorBf16} (bfloat16 dots), {@link io.falbench.kernels.simd.WeightedSums} (k-means' centre
 * update), plus the gate {@link io.falbench.kernels.simd.Simd}.
 *
 * <p>The Vector API stays optional: only the classes of this package import {@code jdk.incubator.vector}, and the java
 * backend calls them only when {@link io.falbench.kernels.simd.Simd#ENABLED} (the JVM was started with
 * {@code --add-modules jdk.incubator.vector} and {@code -Dfalbench.simd=false} was not given); {@code Simd} itself
 * touches no incubator class, so without the module nothing here is loaded but the gate.
 *
 * <p>May use: the JDK, {@code jdk.incubator.vector}, and {@code io.falbench.kernels.java.Dot#scalarDot} (rows shorter
 * than one vector take the scalar form, so both paths round alike). Used only by {@code io.falbench.kernels.java}.
 */
package io.falbench.kernels.simd;
