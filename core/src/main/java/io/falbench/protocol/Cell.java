package io.falbench.protocol;

/** One unit of work and of results: dataset x partition x strategy x mode x seed of a protocol. */
public record Cell(String protocol, String dataset, String partition, String strategy, String mode, int seed) {

    /** A file-name-safe identifier, unique within a protocol's run. */
    public String id() {
        return String.join("__", dataset, partition, strategy, mode, "seed" + seed).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
