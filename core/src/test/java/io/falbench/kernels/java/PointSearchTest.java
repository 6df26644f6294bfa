package io.falbench.kernels.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The java backend's point search (the reference the other backends are held to) against distances computed
 * directly in double precision, at sizes that hit every path of its Vector API GEMM: full centre panels, centres past
 * the last panel, fewer centres than one panel, rows past the last block of twelve, dimensions that are not a
 * multiple of the vector length.
 */
class PointSearchTest {

    @ParameterizedTest(name = "n={0} k={1} dim={2}")
    @CsvSource({"77, 9, 24", "77, 64, 32", "50, 100, 48", "131, 150, 24", "13, 128, 17"})
    void distancesAndExtremaEqualTheDirectComputation(int n, int k, int dim) {
        SplittableRandom random = new SplittableRandom(n * 1000L + k + dim);
        Embeddings points = gaussian(n, dim, random);
        Embeddings centres = gaussian(k, dim, random);
        Kernels java = new JavaKernels();
        for (Metric metric : Metric.values()) {
            float[] got = java.pairwiseDistances(points, centres, metric);
            double[] want = direct(points, centres, metric);
            for (int i = 0; i < want.length; i++) {
                assertThat((double) got[i]).as("%s row %d centre %d", metric, i / k, i % k).isCloseTo(want[i], within(1e-4 * dim));
            }
            RowExtrema nearest = java.prototypeDistances(points, centres, metric, Extremum.MIN);
            RowExtrema farthest = java.prototypeDistances(points, centres, metric, Extremum.MAX);
            for (int i = 0; i < n; i++) {
                assertThat(want[i * k + nearest.index()[i]]).isCloseTo(min(want, i * k, k), within(1e-4 * dim));
                assertThat(want[i * k + farthest.index()[i]]).isCloseTo(max(want, i * k, k), within(1e-4 * dim));
            }
        }
    }

    private static Embeddings gaussian(int n, int dim, SplittableRandom random) {
        float[] values = new float[n * dim];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return new Embeddings(n, dim, values);
    }

    private static double[] direct(Embeddings points, Embeddings centres, Metric metric) {
        int dim = points.dim();
        double[] out = new double[points.size() * centres.size()];
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < centres.size(); j++) {
                double dot = 0;
                double a = 0;
                double b = 0;
                double squared = 0;
                for (int d = 0; d < dim; d++) {
                    double u = points.values()[i * dim + d];
                    double v = centres.values()[j * dim + d];
                    dot += u * v;
                    a += u * u;
                    b += v * v;
                    squared += (u - v) * (u - v);
                }
                out[i * centres.size() + j] = metric == Metric.SQUARED_EUCLIDEAN ? squared : 1 - dot / Math.sqrt(a * b);
            }
        }
        return out;
    }

    private static double min(double[] values, int from, int length) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = from; j < from + length; j++) {
            best = Math.min(best, values[j]);
        }
        return best;
    }

    private static double max(double[] values, int from, int length) {
        double best = Double.NEGATIVE_INFINITY;
        for (int j = from; j < from + length; j++) {
            best = Math.max(best, values[j]);
        }
        return best;
    }
}
