package io.falbench.kernels.java;

import java.util.SplittableRandom;

/**
 * The D^2 draw of k-means++ (Arthur & Vassilvitskii 2007): point i with probability D(i)^2 / sum D^2, here D(i)^2 is the
 * squared distance already. One uniform from a seeded SplittableRandom per draw, compared with the running sum in index
 * order accumulated in double, so every backend that hands over the same D picks the same point; backends whose D
 * differ by float rounding pick differently only when the draw falls within that rounding of an interval's edge.
 */
final class D2Sampler {

    private final SplittableRandom random;

    D2Sampler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Next point; chosen points have D = 0 and are never drawn. All D = 0: the lowest index not yet chosen. */
    int next(float[] squaredDistances, boolean[] chosen) {
        double uniform = random.nextDouble();
        double total = 0;
        for (float d : squaredDistances) {
            total += d;
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            return firstNotChosen(chosen);
        }
        double target = uniform * total;
        double running = 0;
        int lastPositive = -1;
        for (int i = 0; i < squaredDistances.length; i++) {
            float d = squaredDistances[i];
            if (d > 0) {
                running += d;
                lastPositive = i;
                if (running > target) {
                    return i;
                }
            }
        }
        return lastPositive;
    }

    static int firstNotChosen(boolean[] chosen) {
        for (int i = 0; i < chosen.length; i++) {
            if (!chosen[i]) {
                return i;
            }
        }
        throw new IllegalStateException("every point is already chosen");
    }
}
