/**
 * Process-wide runtime concerns: named seeded random streams, native thread counts, the kernels' thread pool
 * ({@link io.falbench.runtime.Parallel}). Uses nothing else in falbench.
 */
package io.falbench.runtime;
