package io.falbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * k-means++ seeding with BADGE semantics (Ash et al. 2020; Arthur & Vassilvitskii 2007): k centres from n points, on
 * factorised gradient embeddings (kind=gradient, n x (C + D) floats) or on plain embeddings (kind=plain, n x D).
 * Each centre costs one pass over the points, so bytes moved = k n (C + D) 4 for the unpruned backends.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BadgeSeedingBenchmark extends CentreSelectionInputs {

    @Benchmark
    public int[] seeding() {
        return isPlain() ? kernels.kMeansPlusPlus(plain, k, BenchInputs.SEED)
                : kernels.kMeansPlusPlus(gradients, k, BenchInputs.SEED);
    }
}
