package io.falbench.kernels;

/** Which end of a row of distances a search keeps: the nearest (arg-min) or the farthest (arg-max); ties go to the lowest index. */
public enum Extremum {
    MIN,
    MAX;

    boolean better(float candidate, float incumbent) {
        return this == MIN ? candidate < incumbent : candidate > incumbent;
    }

    float worst() {
        return this == MIN ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
    }
}
