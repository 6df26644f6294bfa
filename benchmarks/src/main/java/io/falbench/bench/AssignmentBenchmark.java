package io.falbench.bench;

import io.falbench.kernels.Hungarian;
import java.util.SplittableRandom;
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

/** Minimum-cost assignment (Kuhn 1955 / Jonker-Volgenant 1987) of k centres to distinct samples among n: O(k^2 n). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AssignmentBenchmark {

    @Param({"1000"})
    public int n;
    @Param({"100"})
    public int k;

    private float[] cost;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(BenchInputs.SEED);
        cost = new float[n * k];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = (float) random.nextDouble();
        }
    }

    @Benchmark
    public int[] hungarian() {
        return Hungarian.assign(cost, n, k);
    }
}
