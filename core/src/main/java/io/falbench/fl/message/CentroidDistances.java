package io.falbench.fl.message;

/** For each global centroid, the squared distance from it to the client's nearest candidate: one float each. */
public record CentroidDistances(float[] nearest) implements Message {

    @Override
    public long bytes() {
        return 4L * nearest.length;
    }
}
