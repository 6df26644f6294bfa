package io.falbench.fl.message;

/**
 * One federated Lloyd step's client share: per global centroid, the weighted sum of the client's candidates assigned
 * to it and their total weight.
 */
public record CentroidSums(float[] sums, float[] weights, int dimension) implements Message {

    @Override
    public long bytes() {
        return 4L * (sums.length + weights.length);
    }
}
