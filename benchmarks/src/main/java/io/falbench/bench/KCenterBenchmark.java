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
 * Greedy k-center, farthest first (Gonzalez 1985; CoreSet, Sener & Savarese 2018), k centres from n points without
 * anchors (start: largest norm), on factorised gradient embeddings or plain embeddings; one pass per centre.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class KCenterBenchmark {

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
    private GradientEmbeddings noAnchors;
    private Embeddings noPlainAnchors;

    @Setup
    public void setUp() {
        kernels = BenchInputs.backend(backend);
        SyntheticInputs inputs = BenchInputs.inputs(n, classes, features);
        gradients = inputs.gradients();
        plain = inputs.features();
        noAnchors = GradientEmbeddings.empty(classes, features);
        noPlainAnchors = Embeddings.empty(features);
    }

    @Benchmark
    public int[] kCenter() {
        return "plain".equals(kind) ? kernels.kCenterGreedy(plain, noPlainAnchors, k, -1)
                : kernels.kCenterGreedy(gradients, noAnchors, k, -1);
    }
}
