package io.falbench.datasets.transform;

import io.falbench.datasets.image.ImageSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Shot noise of CIFAR-10-C (Hendrycks and Dietterich, ICLR 2019):
 * x' = clip(Poisson(x * c) / c, 0, 1) * 255 truncated to uint8, c = [500, 250, 100, 75, 50] for severity 1..5.
 * The Poisson draws are Commons RNG's {@link PoissonSampler} fed by a SplitMix64 generator seeded with the seed.
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
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(seed);
        float[] in = set.pixels();
        float[] out = new float[in.length];
        // one sampler per pixel value (at most 256 on the uint8 grid): a sampler's set-up costs more than a draw
        Map<Float, DiscreteSampler> samplers = new HashMap<>();
        for (int i = 0; i < in.length; i++) {
            DiscreteSampler poisson = samplers.computeIfAbsent(in[i], x -> poisson(x * c, random));
            double noisy = poisson.sample() / c;
            double clipped = Math.min(1.0, Math.max(0.0, noisy));
            out[i] = (float) Math.floor(clipped * 255.0) / 255f;
        }
        return set.withPixels(out);
    }

    /** Poisson draws of mean {@code mean} from {@code random}; a mean of 0 (a black pixel) gives 0 and draws nothing. */
    static DiscreteSampler poisson(double mean, UniformRandomProvider random) {
        return mean > 0 ? PoissonSampler.of(random, mean) : () -> 0;
    }
}
