package io.falbench.datasets.image;

import java.util.Arrays;

/**
 * A labelled image set held as one flat float array: image {@code i} occupies
 * {@code pixels[i*pixelsPerImage() .. (i+1)*pixelsPerImage())} in channel-major (C, H, W) order,
 * with values in [0, 1]. Labels are class indices in [0, numClasses).
 */
public record ImageSet(float[] pixels, int[] labels, int channels, int height, int width) {

    public ImageSet {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("image shape must be positive, got "
                    + channels + "x" + height + "x" + width);
        }
        long expected = (long) labels.length * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("pixel array holds " + pixels.length + " values but "
                    + labels.length + " images of " + channels + "x" + height + "x" + width + " need " + expected);
        }
    }

    public int size() {
        return labels.length;
    }

    public int pixelsPerImage() {
        return channels * height * width;
    }

    /** A copy of image {@code i}'s pixels. */
    public float[] image(int i) {
        int d = pixelsPerImage();
        return Arrays.copyOfRange(pixels, i * d, (i + 1) * d);
    }

    /** Count of samples per class, for classes 0..numClasses-1. */
    public int[] classHistogram(int numClasses) {
        int[] counts = new int[numClasses];
        for (int label : labels) {
            if (label < 0 || label >= numClasses) {
                throw new IllegalStateException("label " + label + " outside [0, " + numClasses + ")");
            }
            counts[label]++;
        }
        return counts;
    }

    /** The images at {@code indices}, in that order (copies). */
    public ImageSet subset(int[] indices) {
        int d = pixelsPerImage();
        float[] out = new float[indices.length * d];
        int[] outLabels = new int[indices.length];
        for (int j = 0; j < indices.length; j++) {
            System.arraycopy(pixels, indices[j] * d, out, j * d, d);
            outLabels[j] = labels[indices[j]];
        }
        return new ImageSet(out, outLabels, channels, height, width);
    }

    /** The same labels and shape with other pixels. */
    public ImageSet withPixels(float[] newPixels) {
        return new ImageSet(newPixels, labels, channels, height, width);
    }

    @Override
    public String toString() {
        return "ImageSet[" + size() + " x " + channels + "x" + height + "x" + width + "]";
    }
}
