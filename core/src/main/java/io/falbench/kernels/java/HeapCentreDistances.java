package io.falbench.kernels.java;

import java.util.Arrays;

/**
 * What the java backend's seeding passes share: the points' squared norms and D, both on the heap, D starting at
 * +infinity. A subclass lowers {@link #distances} as centres and anchors arrive.
 */
abstract class HeapCentreDistances implements CentreDistances {

    protected final float[] norms;
    protected final float[] distances;
    private final int anchors;

    /** norms: one per point (a subclass may still fill it in its constructor); anchors: how many anchor rows exist. */
    HeapCentreDistances(float[] norms, int anchors) {
        this.norms = norms;
        this.distances = new float[norms.length];
        Arrays.fill(distances, Float.POSITIVE_INFINITY);
        this.anchors = anchors;
    }

    @Override
    public int size() {
        return norms.length;
    }

    @Override
    public float[] squaredNorms() {
        return norms.clone();
    }

    @Override
    public int anchors() {
        return anchors;
    }

    @Override
    public float[] distances() {
        return distances;
    }

    @Override
    public void close() {
        // heap arrays only
    }
}
