package io.falbench.bench;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.SyntheticInputs;
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
 * k-means++ seeding with BADGE semantics (Ash et al. 2020; Arthur & Vassilvitskii 2007): k centres from n points, on
 * factorised gradient embeddings (kind=gradient, n x (C + D) floats) or on plain embeddings (kind=plain, n x D).
 * Each centre costs one pass over the points, so bytes moved = k n (C + D) 4 for the unpruned backends.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BadgeSeedingBenchmark {

    @Param({"java", "java-pruned", "java-bf16", "nd4j", "djl"})
    public String backend;
    @Param({"gradient"})
    public String kind;
    @Param({"10000"})
    public int n;
    @Param({"10"})
    public int classes;
    @Param({"128"})
    public int features;
    @Param({"100"})
    public int k;

    private Kernels kernels;
    private GradientEmbeddings gradients;
    private Embeddings plain;

    @Setup
    public void setUp() {
        kernels = BenchInputs.backend(backend);
        SyntheticInputs inputs = BenchInputs.inputs(n, classes, features);
        gradients = inputs.gradients();
        plain = inputs.features();
    }

    @Benchmark
    public int[] seeding() {
        return "plain".equals(kind) ? kernels.kMeansPlusPlus(plain, k, BenchInputs.SEED)
                : kernels.kMeansPlusPlus(gradients, k, BenchInputs.SEED);
    }
}
