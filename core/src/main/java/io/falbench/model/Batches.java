package io.falbench.model;

import io.falbench.datasets.ImageSet;
import java.util.SplittableRandom;

/**
 * Copies mini-batches of images out of an {@link ImageSet}, optionally flipping each horizontally with p = 1/2, then
 * normalising (after augmentation, as the reference code).
 */
final class Batches {

    private Batches() {
    }

    static float[] pixels(ImageSet images, int[] indices, int start, int end, boolean horizontalFlip,
                          SplittableRandom random, Normalization normalization) {
        int size = images.pixelsPerImage();
        float[] out = new float[(end - start) * size];
        float[] source = images.pixels();
        int width = images.width();
        int rows = images.channels() * images.height();
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
        }
        normalization.apply(out, images.channels(), images.height() * width);
        return out;
    }
}
