package io.falbench.kernels;

/** Which end of a row of distances a search keeps: the nearest (arg-min) or the farthest (arg-max); ties go to the lowest index. */
public enum Extremum {
    MIN,
    MAX
}
