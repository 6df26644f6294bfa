package io.falbench.model;

/**
 * Training-time augmentation, applied per image in torchvision's order: a horizontal flip with p = 1/2, then a random
 * 32x32-style crop of the image zero-padded by {@code cropPadding} pixels on every side (KAFAL's
 * {@code RandomCrop(32, padding=4)}); 0 = no crop. Normalisation follows, as the reference code's {@code Normalize}.
 */
public record Augmentation(boolean horizontalFlip, int cropPadding) {

    public static final Augmentation NONE = new Augmentation(false, 0);
    public static final Augmentation FLIP = new Augmentation(true, 0);

    public Augmentation {
        if (cropPadding < 0) {
            throw new IllegalArgumentException("crop padding must be >= 0, got " + cropPadding);
        }
    }

    public boolean isNone() {
        return !horizontalFlip && cropPadding == 0;
    }
}
