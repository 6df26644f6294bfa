package io.falbench.fl.message;

/** The server's global centroids (rows of {@code dimension} floats), sent back to every client. */
public record GlobalCentroids(float[] centroids, int dimension) implements Message {

    public int count() {
        return centroids.length / dimension;
    }

    @Override
    public long bytes() {
        return 4L * centroids.length;
    }
}
