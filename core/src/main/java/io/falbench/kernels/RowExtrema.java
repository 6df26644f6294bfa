package io.falbench.kernels;

/** Per row of a distance matrix: the index of its extremum and the distance there. */
public record RowExtrema(int[] index, float[] distance) {
}
