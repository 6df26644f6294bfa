/**
 * Data sets: the registry of known sets with the SHA-256 of every file, fetching ({@code DatasetFetcher} over the
 * sources in {@code fetch}), verification and loading ({@code format}'s readers into {@code image}'s image sets).
 * Plain Java: no DJL, no ND4J.
 *
 * <p>The top of the module: it may use {@code fetch}, {@code format}, {@code transform} and {@code image}; none of
 * them uses this package.
 */
package io.falbench.datasets;
