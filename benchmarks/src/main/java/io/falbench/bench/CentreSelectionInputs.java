package io.falbench.bench;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Kernels;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The parameters and inputs the centre-selection benchmarks share (k-means++ seeding, greedy k-center): k centres
 * from n synthetic points, as factorised gradient embeddings (kind=gradient, n x (C + D) floats) or plain ones (n x D).
 */
@State(Scope.Benchmark)
public abstract class CentreSelectionInputs {

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

    protected Kernels kernels;
    protected GradientEmbeddings gradients;
    protected Embeddings plain;

    @Setup
    public void setUp() {
        kernels = BenchInputs.backend(backend);
        var inputs = BenchInputs.inputs(n, classes, features);
        gradients = inputs.gradients();
        plain = inputs.features();
    }

    protected boolean isPlain() {
        return "plain".equals(kind);
    }
}
