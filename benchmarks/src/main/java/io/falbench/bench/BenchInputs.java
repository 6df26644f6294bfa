package io.falbench.bench;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.KernelsRegistry;
import io.falbench.kernels.SyntheticInputs;
import io.falbench.runtime.NativeThreads;

/** Shared set-up of the kernel benchmarks: native thread pools first, then the backend and the seeded synthetic inputs. */
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
