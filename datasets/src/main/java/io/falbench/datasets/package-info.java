/**
 * Data sets: the registry of known sets with the SHA-256 of every file, loading and verification, image sets in
 * memory. Plain Java: no DJL, no ND4J.
 */
package io.falbench.datasets;
