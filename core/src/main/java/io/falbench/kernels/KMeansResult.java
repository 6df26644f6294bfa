package io.falbench.kernels;

/**
 * Result of weighted k-means with fixed centres: all centres (fixed first, unchanged, then the free ones) as
 * rows, the centre of every point, its squared distance there, the weighted inertia and the iterations run.
 */
public record KMeansResult(Embeddings centres, int fixedCentres, int[] assignment, float[] distance,
                           double inertia, int iterations) {

    /** The free centres only, as rows. */
    public Embeddings freeCentres() {
        int dim = centres.dim();
        float[] free = java.util.Arrays.copyOfRange(centres.values(), fixedCentres * dim, centres.values().length);
        return new Embeddings(centres.size() - fixedCentres, dim, free);
    }
}
