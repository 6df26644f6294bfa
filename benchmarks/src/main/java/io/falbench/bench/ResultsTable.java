package io.falbench.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The markdown table of a kernel run: kernel, backend, sizes, ms/op with JMH's 99.9% error, achieved rate, speed-up over java. */
final class ResultsTable {

    private ResultsTable() {
    }

    static String markdown(List<KernelResult> results, String suite) {
        StringBuilder out = new StringBuilder();
        out.append("# falbench kernels: ").append(suite).append("\n\n");
        out.append("Threads: ").append(System.getenv().getOrDefault("FALBENCH_THREADS", "all cores"))
                .append("; Java ").append(System.getProperty("java.version")).append("; ")
                .append(System.getProperty("os.arch")).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Rates: seeding/k-center = k n (C+D) 4 bytes (plain: k n D 4) per op, i.e. the traffic of the ")
                .append("unpruned passes (java-pruned reads less, so its figure is an equivalent rate); k-means = 2 n D (k+fixed) ")
                .append("(iterations+1) flops (init not counted); prototypes = 2 n D C flops; uncertainty = n C 4 bytes.\n\n");
        out.append("| kernel | backend | parameters | ms/op | ± (99.9%) | rate | vs java |\n");
        out.append("|---|---|---|---:|---:|---:|---:|\n");
        for (KernelResult result : results) {
            KernelResult java = javaTwin(results, result);
            out.append("| ").append(result.kernel().replace("Benchmark", ""))
                    .append(" | ").append(result.backend())
                    .append(" | ").append(parameters(result.params()))
                    .append(" | ").append(format(result.millis()))
                    .append(" | ").append(format(result.error()))
                    .append(" | ").append(result.rate() > 0 ? format(result.rate()) + " " + result.rateUnit() : "")
                    .append(" | ").append(java == null ? "" : String.format(Locale.ROOT, "%.2fx", java.millis() / result.millis()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The java backend's result at the same parameters, if any. */
    static KernelResult javaTwin(List<KernelResult> results, KernelResult result) {
        for (KernelResult other : results) {
            if (other.kernel().equals(result.kernel()) && KernelSuites.REFERENCE.equals(other.backend())
                    && without(other.params()).equals(without(result.params()))) {
                return other;
            }
        }
        return null;
    }

    static String parameters(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> !e.getKey().equals("backend"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static Map<String, String> without(Map<String, String> params) {
        return params.entrySet().stream().filter(e -> !e.getKey().equals("backend"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, value >= 1 ? "%.2f" : "%.3f", value);
    }
}
