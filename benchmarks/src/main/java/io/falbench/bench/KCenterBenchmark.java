package io.falbench.bench;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.GradientEmbeddings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Greedy k-center, farthest first (Gonzalez 1985; CoreSet, Sener & Savarese 2018), k centres from n points without
 * anchors (start: largest norm), on factorised gradient embeddings or plain embeddings; one pass per centre.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class KCenterBenchmark extends CentreSelectionInputs {

    private GradientEmbeddings noAnchors;
    private Embeddings noPlainAnchors;

    @Setup
    public void emptyAnchors() {
        noAnchors = GradientEmbeddings.empty(classes, features);
        noPlainAnchors = Embeddings.empty(features);
    }

    @Benchmark
    public int[] kCenter() {
        return isPlain() ? kernels.kCenterGreedy(plain, noPlainAnchors, k, -1)
                : kernels.kCenterGreedy(gradients, noAnchors, k, -1);
    }
}
