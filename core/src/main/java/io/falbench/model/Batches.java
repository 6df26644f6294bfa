package io.falbench.model;

import io.falbench.datasets.image.ImageSet;
import java.util.SplittableRandom;

/**
 * Copies mini-batches of images out of an {@link ImageSet}, each augmented (flipped horizontally with p = 1/2, then
 * cropped from its zero-padded copy at a random offset), then normalised (after augmentation, as the reference code).
 */
final class Batches {

    private Batches() {
    }

    static float[] pixels(ImageSet images, int[] indices, int start, int end, Augmentation augmentation,
                          SplittableRandom random, Normalization normalization) {
        boolean horizontalFlip = augmentation.horizontalFlip();
        int size = images.pixelsPerImage();
        float[] out = new float[(end - start) * size];
        float[] source = images.pixels();
        int width = images.width();
        int rows = images.channels() * images.height();
        float[] scratch = augmentation.cropPadding() > 0 ? new float[size] : null;
        for (int j = start; j < end; j++) {
            int from = indices[j] * size;
            int to = (j - start) * size;
            if (horizontalFlip && random.nextBoolean()) {
                for (int row = 0; row < rows; row++) {
                    int rowFrom = from + row * width;
                    int rowTo = to + row * width;
                    for (int x = 0; x < width; x++) {
                        out[rowTo + x] = source[rowFrom + width - 1 - x];
                    }
                }
            } else {
                System.arraycopy(source, from, out, to, size);
            }
            if (augmentation.cropPadding() > 0) {
                crop(out, to, images.channels(), images.height(), width, augmentation.cropPadding(), random, scratch);
            }
        }
        normalization.apply(out, images.channels(), images.height() * width);
        return out;
    }

    /**
     * torchvision's {@code RandomCrop(size, padding)} at the image's own size: offsets i, j uniform in [0, 2 x padding]
     * (rows first), output pixel (y, x) = padded input (y + i, x + j), zero outside the image.
     */
    static void crop(float[] image, int at, int channels, int height, int width, int padding,
                     SplittableRandom random) {
        crop(image, at, channels, height, width, padding, random, new float[channels * height * width]);
    }

    /** As above, {@code copy} (one image's size) holding the uncropped image, reused across a batch. */
    private static void crop(float[] image, int at, int channels, int height, int width, int padding,
                             SplittableRandom random, float[] copy) {
        int dy = random.nextInt(2 * padding + 1) - padding;
        int dx = random.nextInt(2 * padding + 1) - padding;
        int plane = height * width;
        System.arraycopy(image, at, copy, 0, channels * plane);
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < height; y++) {
                int sy = y + dy;
                for (int x = 0; x < width; x++) {
                    int sx = x + dx;
                    boolean inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
                    image[at + c * plane + y * width + x] = inside ? copy[c * plane + sy * width + sx] : 0f;
                }
            }
        }
    }
}
