package io.falbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.falbench.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a JMH JSON result file (what {@code bench kernels} writes) back into {@link KernelResult}s, to re-render it. */
public final class JmhJson {

    private JmhJson() {
    }

    /** Rewrites NAME.md and NAME.png next to NAME.json from its results alone; returns the files written. */
    public static List<Path> render(Path json) throws IOException {
        List<KernelResult> results = read(json);
        String stem = json.getFileName().toString().replaceFirst("\\.json$", "");
        String suite = stem.startsWith("jmh-") ? stem.substring(4) : stem;
        Path table = json.resolveSibling(stem + ".md");
        Path chart = json.resolveSibling(stem + ".png");
        String kept = json + " is kept: `falbench bench render " + json + "` draws them again";
        AtomicFiles.writeString(table, kept, ResultsTable.markdown(results, suite));
        ThroughputChart.write(results, chart, "falbench kernels (" + suite + ")", kept);
        return List.of(table, chart);
    }

    static List<KernelResult> read(Path json) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new IOException(json + " is not JSON (" + e.getMessage() + "); pass the NAME.json that `falbench bench kernels` wrote", e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(json + " is not a JMH result array; pass the NAME.json that `falbench bench kernels` wrote");
        }
        List<KernelResult> results = new ArrayList<>();
        for (JsonNode entry : root) {
            String benchmark = entry.path("benchmark").asText();
            JsonNode metric = entry.path("primaryMetric");
            if (!benchmark.contains(".") || !metric.has("score") || !"ms/op".equals(metric.path("scoreUnit").asText())) {
                throw new IOException(json + ": an entry without a benchmark name or an ms/op score: " + benchmark);
            }
            Map<String, String> params = new LinkedHashMap<>();
            entry.path("params").fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue().asText()));
            results.add(KernelResult.of(benchmark, params, metric.path("score").asDouble(), metric.path("scoreError").asDouble(0)));
        }
        return results;
    }
}
