package io.falbench.strategy;

/**
 * What the one-sample-per-centre pick minimises: the sum of Euclidean distances, as cardinal's samplers do
 * ({@code linear_sum_assignment} on {@code KMeans.transform}, {@code cardinal/clustering.py}), or the sum of squared
 * distances (falbench before). The two sums can pick different samples.
 */
public enum AssignmentMetric {
    EUCLIDEAN, SQUARED;

    /** The assignment costs from squared distances (replaced in place). */
    float[] costs(float[] squaredDistances) {
        if (this == EUCLIDEAN) {
            for (int i = 0; i < squaredDistances.length; i++) {
                squaredDistances[i] = (float) Math.sqrt(Math.max(squaredDistances[i], 0f));
            }
        }
        return squaredDistances;
    }
}
