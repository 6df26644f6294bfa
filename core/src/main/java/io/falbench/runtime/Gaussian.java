package io.falbench.runtime;

import java.util.SplittableRandom;

/** Standard normal variates by the Box-Muller transform (one per call, two uniforms each). */
public final class Gaussian {

    private Gaussian() {
    }

    public static double next(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
