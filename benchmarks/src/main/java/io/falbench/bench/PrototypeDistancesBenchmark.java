package io.falbench.bench;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
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
 * Nearest prototype of every point (FairFAL pseudo-labels: cosine to class prototypes): an n x D by D x C GEMM
 * (2 n C D flops) plus an arg-min per row, float[] in and out (the copy into a native backend is timed too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PrototypeDistancesBenchmark {

    @Param({"java", "nd4j", "djl"})
    public String backend;
    @Param({"10000"})
    public int n;
    @Param({"128"})
    public int features;
    @Param({"10"})
    public int classes;
    @Param({"SQUARED_EUCLIDEAN"})
    public String metric;

    private Kernels kernels;
    private Embeddings points;
    private Embeddings prototypes;

    @Setup
    public void setUp() {
        kernels = BenchInputs.backend(backend);
        points = BenchInputs.inputs(n, classes, features).features();
        prototypes = BenchInputs.inputs(classes, classes, features).features();
    }

    @Benchmark
    public RowExtrema nearestPrototype() {
        return kernels.prototypeDistances(points, prototypes, Metric.valueOf(metric), Extremum.MIN);
    }
}
