package io.falbench.bench;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
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

/** Uncertainty scores (margin, entropy / log C, least confidence) over n x C probabilities: one pass, n C 4 bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class UncertaintyBenchmark {

    @Param({"java", "nd4j", "djl"})
    public String backend;
    @Param({"10000"})
    public int n;
    @Param({"10"})
    public int classes;
    @Param({"MARGIN", "ENTROPY", "LEAST_CONFIDENCE"})
    public String measure;

    private Kernels kernels;
    private float[] probabilities;

    @Setup
    public void setUp() {
        kernels = BenchInputs.backend(backend);
        probabilities = BenchInputs.inputs(n, classes, 8).probabilities();
    }

    @Benchmark
    public float[] scores() {
        return kernels.uncertainty(probabilities, n, classes, Uncertainty.valueOf(measure));
    }
}
