package io.falbench.fl.message;

/** The global centroids the server allocates to a client (FAL-Global): their indices, 4 bytes each. */
public record Allocation(int[] centroids) implements Message {

    @Override
    public long bytes() {
        return 4L * centroids.length;
    }
}
