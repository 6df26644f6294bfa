package io.falbench.fl.message;

/**
 * A client's k-means summary of its query candidates for federated k-means (Kumar et al. 2020): centroids
 * (rows of {@code dimension} floats) and the total sample weight behind each. No sample crosses.
 */
public record LocalCentroids(float[] centroids, float[] weights, int dimension) implements Message {

    public LocalCentroids {
        if (centroids.length != weights.length * dimension) {
            throw new IllegalArgumentException(weights.length + " weights for " + centroids.length / Math.max(1, dimension)
                    + " centroids");
        }
    }

    public int count() {
        return weights.length;
    }

    @Override
    public long bytes() {
        return 4L * (centroids.length + weights.length);
    }
}
