package io.falbench.kernels;

/**
 * Weighted k-means settings: free centres to place, iterations, mini-batch size (0 = full-batch Lloyd),
 * seed of the k-means++ init and batch sampling, and the relative inertia change below which Lloyd stops early
 * (0 = always run maxIterations).
 */
public record KMeansOptions(int freeCentres, int maxIterations, int batchSize, long seed, double tolerance) {

    public KMeansOptions {
        if (freeCentres < 1 || maxIterations < 0 || batchSize < 0 || tolerance < 0) {
            throw new IllegalArgumentException("bad k-means options: " + freeCentres + " centres, " + maxIterations
                    + " iterations, batch " + batchSize + ", tolerance " + tolerance);
        }
    }

    public static KMeansOptions lloyd(int freeCentres, int iterations, long seed) {
        return new KMeansOptions(freeCentres, iterations, 0, seed, 0);
    }

    public static KMeansOptions miniBatch(int freeCentres, int iterations, int batchSize, long seed) {
        return new KMeansOptions(freeCentres, iterations, batchSize, seed, 0);
    }

    public boolean isMiniBatch() {
        return batchSize > 0;
    }
}
