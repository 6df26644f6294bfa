package io.falbench.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One JMH invocation of a suite: which benchmark class, its @Param values, and how long to run it. */
record KernelRun(String benchmark, Map<String, String[]> params, int warmupIterations, int measurementIterations,
                 double iterationSeconds) {

    static Builder of(Class<?> benchmark) {
        return new Builder(benchmark.getSimpleName());
    }

    static final class Builder {
        private final String benchmark;
        private final Map<String, String[]> params = new LinkedHashMap<>();
        private int warmup = 2;
        private int measurement = 3;
        private double seconds = 1;

        private Builder(String benchmark) {
            this.benchmark = benchmark;
        }

        Builder param(String name, String... values) {
            params.put(name, values);
            return this;
        }

        Builder iterations(int warmupIterations, int measurementIterations, double iterationSeconds) {
            this.warmup = warmupIterations;
            this.measurement = measurementIterations;
            this.seconds = iterationSeconds;
            return this;
        }

        KernelRun build() {
            return new KernelRun(benchmark, params, warmup, measurement, seconds);
        }
    }
}
