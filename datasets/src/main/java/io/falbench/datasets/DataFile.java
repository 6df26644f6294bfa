package io.falbench.datasets;

/** One file of a data set as stored in the data directory (uncompressed), with its expected SHA-256 and size. */
public record DataFile(String name, String sha256, long bytes) {
}
