package io.falbench.datasets.transform;

import io.falbench.datasets.ImageSet;
import java.util.SplittableRandom;

/**
 * Shot noise of CIFAR-10-C (Hendrycks and Dietterich, ICLR 2019):
 * x' = clip(Poisson(x * c) / c, 0, 1) * 255 truncated to uint8, c = [500, 250, 100, 75, 50] for severity 1..5.
 */
public final class ShotNoise {

    private static final double[] PHOTONS = {500, 250, 100, 75, 50};

    private ShotNoise() {
    }

    public static double photons(int severity) {
        if (severity < 1 || severity > 5) {
            throw new IllegalArgumentException("shot-noise severity must be 1..5, got " + severity);
        }
        return PHOTONS[severity - 1];
    }

    /** A noisy copy of {@code set} (pixels in [0, 1], quantised to 1/255 as the uint8 images of CIFAR-10-C). */
    public static ImageSet apply(ImageSet set, int severity, long seed) {
        double c = photons(severity);
        SplittableRandom random = new SplittableRandom(seed);
        float[] in = set.pixels();
        float[] out = new float[in.length];
        for (int i = 0; i < in.length; i++) {
            double noisy = Poisson.sample(in[i] * c, random) / c;
            double clipped = Math.min(1.0, Math.max(0.0, noisy));
            out[i] = (float) Math.floor(clipped * 255.0) / 255f;
        }
        return set.withPixels(out);
    }
}
