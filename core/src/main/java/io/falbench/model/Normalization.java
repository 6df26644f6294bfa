package io.falbench.model;

import io.falbench.datasets.ChannelStatistics;
import java.util.Arrays;

/**
 * Per-channel input normalisation (x - mean_c) / std_c, applied to every batch after augmentation, as torchvision's
 * {@code Normalize} after {@code ToTensor} in the reference code. {@link #NONE} leaves pixels in [0, 1].
 */
public record Normalization(float[] mean, float[] std) {

    public static final Normalization NONE = new Normalization(new float[0], new float[0]);

    public Normalization {
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means for " + std.length + " deviations");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("a standard deviation must be positive, got " + s);
            }
        }
    }

    /** Normalisation with {@code statistics}: a data set's constants ({@code DatasetSpec}). */
    public static Normalization of(ChannelStatistics statistics) {
        return statistics.isNone() ? NONE : new Normalization(statistics.mean(), statistics.std());
    }

    public boolean isNone() {
        return mean.length == 0;
    }

    /** Normalises {@code pixels} in place: images of {@code channels} planes of {@code planeSize} values each. */
    public void apply(float[] pixels, int channels, int planeSize) {
        if (isNone()) {
            return;
        }
        if (channels != mean.length) {
            throw new IllegalArgumentException("normalisation for " + mean.length + " channels, images have "
                    + channels);
        }
        int imageSize = channels * planeSize;
        for (int start = 0; start < pixels.length; start += imageSize) {
            for (int c = 0; c < channels; c++) {
                int from = start + c * planeSize;
                float m = mean[c];
                float inverse = 1f / std[c];
                for (int i = from; i < from + planeSize; i++) {
                    pixels[i] = (pixels[i] - m) * inverse;
                }
            }
        }
    }

    @Override
    public String toString() {
        return isNone() ? "none" : "mean " + Arrays.toString(mean) + " std " + Arrays.toString(std);
    }
}
