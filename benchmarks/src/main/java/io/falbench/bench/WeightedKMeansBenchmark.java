package io.falbench.bench;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Weighted k-means with fixed centres (IWKMeans, Abraham & Dreyfus-Schmidt 2021), margin scores as weights: k-means++
 * init honouring the fixed centres, then a fixed number of Lloyd iterations (batch=0, tolerance 0) or mini-batch steps,
 * plus the final assignment; with init=given, Lloyd alone from k-means++ centres drawn in setup. Each Lloyd iteration
 * is an n x D by D x (k + fixed) GEMM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WeightedKMeansBenchmark {

    @Param({"java", "nd4j", "djl"})
    public String backend;
    @Param({"10000"})
    public int n;
    @Param({"128"})
    public int features;
    @Param({"100"})
    public int k;
    @Param({"0"})
    public int fixed;
    @Param({"10"})
    public int iterations;
    @Param({"0"})
    public int batch;
    /** "kmeans++": the init is timed too; "given": from the k-means++ centres drawn in setup (Lloyd alone). */
    @Param({"kmeans++"})
    public String init;

    private Kernels kernels;
    private Embeddings points;
    private float[] weights;
    private Embeddings fixedCentres;
    private Embeddings start;

    @Setup
    public void setUp() {
        kernels = BenchInputs.backend(backend);
        var inputs = BenchInputs.inputs(n, 10, features);
        points = inputs.features();
        weights = kernels.uncertainty(inputs.probabilities(), n, 10, Uncertainty.MARGIN);
        fixedCentres = new Embeddings(fixed, features, Arrays.copyOf(points.values(), fixed * features));
        switch (init) {
            case "kmeans++" -> start = null;
            case "given" -> start = kernels.weightedKMeans(points, weights, fixedCentres,
                    KMeansOptions.lloyd(k, 0, BenchInputs.SEED)).freeCentres();
            default -> throw new IllegalArgumentException("init is kmeans++ or given, not '" + init + "'");
        }
    }

    @Benchmark
    public KMeansResult kMeans() {
        KMeansOptions options = new KMeansOptions(k, iterations, batch, BenchInputs.SEED, 0);
        return start == null ? kernels.weightedKMeans(points, weights, fixedCentres, options)
                : kernels.weightedKMeans(points, weights, fixedCentres, start, options);
    }
}
