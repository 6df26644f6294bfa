package io.falbench.model;

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

    /**
     * The constants the reference code of each data set uses: CIFAR-10 the ImageNet statistics (FairFAL, LoGo),
     * Fashion-MNIST 0.286 / 0.353 (FairFAL's long-tailed Fashion-MNIST); none for MNIST (no reference code normalises
     * it for these protocols).
     */
    public static Normalization reference(String dataset) {
        return switch (dataset) {
            case "cifar10" -> new Normalization(new float[] {0.485f, 0.456f, 0.406f},
                    new float[] {0.229f, 0.224f, 0.225f});
            case "fashion-mnist" -> new Normalization(new float[] {0.286f}, new float[] {0.353f});
            default -> NONE;
        };
    }

    /**
     * KAFAL's constants ({@code main.py}: CIFAR-10 mean 0.4914/0.4822/0.4465, std 0.2023/0.1994/0.2010); KAFAL's code
     * has none for other data sets, so they are refused.
     */
    public static Normalization kafal(String dataset) {
        if (!dataset.equals("cifar10")) {
            throw new IllegalArgumentException("data.normalize = kafal has constants for cifar10 only, not '" + dataset
                    + "'; use reference or none");
        }
        return new Normalization(new float[] {0.4914f, 0.4822f, 0.4465f}, new float[] {0.2023f, 0.1994f, 0.2010f});
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
