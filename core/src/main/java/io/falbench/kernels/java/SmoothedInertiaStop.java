package io.falbench.kernels.java;

/**
 * The early stop of cardinal's incremental k-means ({@code cardinal/kmeans.py} {@code _mini_batch_convergence}, from
 * scikit-learn's MiniBatchKMeans): the batch inertia per batch sample, smoothed by an exponentially weighted average
 * with alpha = min(1, 2 x batch / (n + 1)); stop once it has not reached a new minimum for {@code patience} steps
 * (0: never). The centre-shift criterion stays off, as cardinal's default tolerance 0 leaves it.
 */
final class SmoothedInertiaStop {

    private final int batchSize;
    private final double alpha;
    private final int patience;
    private double smoothed = Double.NaN;
    private double lowest = Double.POSITIVE_INFINITY;
    private int sinceLowest;

    SmoothedInertiaStop(int batchSize, int samples, int patience) {
        this.batchSize = batchSize;
        this.alpha = Math.min(1.0, batchSize * 2.0 / (samples + 1));
        this.patience = patience;
    }

    /** Records one step's batch inertia; whether to stop now. */
    boolean after(double batchInertia) {
        double mean = batchInertia / batchSize;
        smoothed = Double.isNaN(smoothed) ? mean : smoothed * (1 - alpha) + mean * alpha;
        if (smoothed < lowest) {
            lowest = smoothed;
            sinceLowest = 0;
        } else {
            sinceLowest++;
        }
        return patience > 0 && sinceLowest >= patience;
    }
}
