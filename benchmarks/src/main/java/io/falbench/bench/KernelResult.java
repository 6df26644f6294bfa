package io.falbench.bench;

import io.falbench.model.Architecture;
import java.util.Map;

/**
 * One JMH result with what it means physically: milliseconds per operation and, where the kernel has one, the bytes it
 * must stream (seeding, k-center, uncertainty: GB/s) or the flops of its GEMMs (k-means, prototypes: GFLOP/s) or of its
 * network passes (training and inference: GFLOP/s).
 */
record KernelResult(String kernel, Map<String, String> params, double millis, double error) {

    /** From JMH's fully qualified benchmark method name (io.falbench.bench.KERNEL.method); a NaN error (one iteration) as 0. */
    static KernelResult of(String benchmark, Map<String, String> params, double millis, double error) {
        String[] parts = benchmark.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JMH benchmark method name: '" + benchmark + "'");
        }
        return new KernelResult(parts[parts.length - 2], params, millis, Double.isNaN(error) ? 0 : error);
    }

    String backend() {
        return params.getOrDefault("backend", KernelSuites.REFERENCE);
    }

    /** "GB/s", "GFLOP/s" or "" when the kernel has no simple physical work measure. */
    String rateUnit() {
        switch (kernel) {
            case "BadgeSeedingBenchmark":
            case "KCenterBenchmark":
            case "UncertaintyBenchmark":
                return "GB/s";
            case "WeightedKMeansBenchmark":
            case "PrototypeDistancesBenchmark":
            case "NetworkPassBenchmark":
                return "GFLOP/s";
            default:
                return "";
        }
    }

    /** Bytes or flops per operation, the numerator of {@link #rate()}. */
    double work() {
        double n = number("n");
        switch (kernel) {
            case "BadgeSeedingBenchmark":
            case "KCenterBenchmark": {
                double row = "plain".equals(params.get("kind")) ? number("features") : number("classes") + number("features");
                return number("k") * n * row * 4;
            }
            case "UncertaintyBenchmark":
                return n * number("classes") * 4;
            case "WeightedKMeansBenchmark":
                // Lloyd: iterations + 1 assignments, each an n x D x (k + fixed) GEMM; the k-means++ init is not counted.
                return number("batch") > 0 ? 0 : 2 * n * number("features") * (number("k") + number("fixed")) * (number("iterations") + 1);
            case "PrototypeDistancesBenchmark":
                return 2 * n * number("features") * number("classes");
            case "NetworkPassBenchmark":
                // forward flops per image; a trained image counts as 3 forward passes (forward + backward)
                return number("images") * ("train".equals(params.get("pass")) ? 3 : 1)
                        * Architecture.parse(params.get("architecture")).forwardFlops(NetworkPassBenchmark.CHANNELS,
                                NetworkPassBenchmark.SIDE, NetworkPassBenchmark.SIDE, NetworkPassBenchmark.CLASSES);
            default:
                return 0;
        }
    }

    /** Achieved rate in GB/s or GFLOP/s (0 when not defined). */
    double rate() {
        return work() <= 0 ? 0 : work() / (millis / 1000.0) / 1e9;
    }

    private double number(String name) {
        String value = params.get(name);
        return value == null ? 0 : Double.parseDouble(value);
    }
}
