package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Plain Lloyd k-means with k-means++ seeding (Arthur and Vassilvitskii 2007) on raw pixels, for the K-Means split. */
final class PixelKMeans {

    private PixelKMeans() {
    }

    /** Cluster id in [0, k) of each of {@code indices}. */
    static int[] cluster(ImageSet images, int[] indices, int k, int iterations, SplittableRandom random) {
        int d = images.pixelsPerImage();
        float[] pixels = images.pixels();
        int n = indices.length;
        float[][] centres = new float[k][];
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        centres[0] = images.image(indices[random.nextInt(n)]);
        for (int c = 1; c < k; c++) {
            float[] last = centres[c - 1];
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(pixels, indices[i] * d, last, d));
                total += nearest[i];
            }
            double target = random.nextDouble() * total;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                target -= nearest[i];
                if (target <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = images.image(indices[chosen]);
        }
        int[] assignment = new int[n];
        for (int iteration = 0; iteration < iterations; iteration++) {
            final float[][] current = centres;
            IntStream.range(0, n).parallel().forEach(i -> {
                int best = 0;
                double bestDistance = Double.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    double dist = distance(pixels, indices[i] * d, current[c], d);
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = c;
                    }
                }
                assignment[i] = best;
            });
            double[][] sums = new double[k][d];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                counts[assignment[i]]++;
                int base = indices[i] * d;
                double[] sum = sums[assignment[i]];
                for (int j = 0; j < d; j++) {
                    sum[j] += pixels[base + j];
                }
            }
            float[][] next = new float[k][d];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    next[c][j] = counts[c] == 0 ? centres[c][j] : (float) (sums[c][j] / counts[c]);
                }
            }
            centres = next;
        }
        return assignment;
    }

    private static double distance(float[] pixels, int base, float[] centre, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = pixels[base + j] - centre[j];
            sum += diff * diff;
        }
        return sum;
    }
}
