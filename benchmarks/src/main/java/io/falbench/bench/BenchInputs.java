package io.falbench.bench;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.fixtures.SyntheticInputs;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.runtime.NativeThreads;

/**
 * Shared set-up of the kernel benchmarks: native thread pools first, then the backend and the seeded synthetic inputs.
 * The inputs are core's test fixture {@link SyntheticInputs} (from core's test-jar), so the benchmarks time the inputs the
 * kernel tests check; this is the one class of the benchmarks that names it.
 */
final class BenchInputs {

    static final long SEED = 20260101L;

    private BenchInputs() {
    }

    static Kernels backend(String name) {
        NativeThreads.configureFromEnvironment();
        return KernelsRegistry.create(name);
    }

    static SyntheticInputs inputs(int n, int classes, int features) {
        return new SyntheticInputs(n, classes, features, SEED);
    }
}
