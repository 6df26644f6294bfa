package io.falbench.kernels;

/**
 * Settings of cardinal's incremental mini-batch k-means ({@code cardinal/kmeans.py}
 * {@code IncrementalMiniBatchKMeans}): free centres to place; {@code maxIterations} passes, i.e. maxIterations x ceil(n / batchSize) mini-batch steps of
 * batchSize samples drawn with replacement; {@code inits} seedings compared on a validation subset; free centres whose
 * accumulated weight falls below {@code reassignmentRatio} of the largest are moved to batch samples (0: never); stop
 * after {@code maxNoImprovement} steps without a lower smoothed batch inertia (0: never); the seed of every draw.
 */
public record IncrementalKMeansOptions(int freeCentres, int maxIterations, int batchSize, int inits,
                                       double reassignmentRatio, int maxNoImprovement, long seed) {

    public IncrementalKMeansOptions {
        if (freeCentres < 1 || maxIterations < 1 || batchSize < 1 || inits < 1 || reassignmentRatio < 0
                || maxNoImprovement < 0) {
            throw new IllegalArgumentException("bad incremental k-means options: " + freeCentres + " centres, "
                    + maxIterations + " passes, batch " + batchSize + ", " + inits + " inits, reassignment ratio "
                    + reassignmentRatio + ", stop after " + maxNoImprovement);
        }
    }

    /** cardinal's defaults: 100 passes of batches of 100, reassignment ratio 0.01, stop after 10 steps. */
    public static IncrementalKMeansOptions cardinal(int freeCentres, int inits, long seed) {
        return new IncrementalKMeansOptions(freeCentres, 100, 100, inits, 0.01, 10, seed);
    }
}
