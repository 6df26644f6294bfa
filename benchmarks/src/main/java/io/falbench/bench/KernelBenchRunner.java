package io.falbench.bench;

import io.falbench.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a kernel suite through JMH (one Runner per parameter subset, forks inherit this JVM's class path and options)
 * and writes NAME.json (the JMH JSON of every run, merged), NAME.md (table) and NAME.png (throughput chart).
 */
public final class KernelBenchRunner {

    private final Path outputDirectory;
    private final String name;
    private final int forks;
    private final PrintStream log;

    public KernelBenchRunner(Path outputDirectory, String name, int forks, PrintStream log) {
        this.outputDirectory = outputDirectory;
        this.name = name;
        this.forks = forks;
        this.log = log;
    }

    /**
     * Runs the suite (optionally only benchmarks whose class name contains include) on the given backends (null or
     * empty: every name in KernelsRegistry.NAMES) and writes the three files. The backends reach JMH as parameter
     * values, overriding the @Param defaults of the benchmark classes.
     */
    public List<Path> run(String suite, String[] backends, String include) throws IOException, RunnerException {
        String[] chosen = KernelSuites.backends(backends);
        List<KernelRun> runs = KernelSuites.suite(suite, chosen);
        Files.createDirectories(outputDirectory);
        List<KernelResult> results = new ArrayList<>();
        List<String> jsonParts = new ArrayList<>();
        for (KernelRun run : runs) {
            if (include != null && !run.benchmark().toLowerCase().contains(include.toLowerCase())) {
                continue;
            }
            Path json = Files.createTempFile("falbench-jmh-", ".json");
            try {
                log.println("falbench: JMH " + run.benchmark() + " " + describe(run.params()));
                Collection<RunResult> runResults = new Runner(options(run, json)).run();
                for (RunResult result : runResults) {
                    results.add(toResult(result));
                }
                String text = Files.readString(json).trim();
                if (text.startsWith("[") && text.endsWith("]") && text.length() > 2) {
                    jsonParts.add(text.substring(1, text.length() - 1).trim());
                }
            } finally {
                Files.deleteIfExists(json);
            }
        }
        Path jsonFile = outputDirectory.resolve(name + ".json");
        Path table = outputDirectory.resolve(name + ".md");
        Path chart = outputDirectory.resolve(name + ".png");
        AtomicFiles.writeString(jsonFile, "", "[\n" + String.join(",\n", jsonParts) + "\n]\n");
        String kept = jsonFile + " is kept: `falbench bench render " + jsonFile + "` draws them again";
        AtomicFiles.writeString(table, kept, ResultsTable.markdown(results, suite));
        ThroughputChart.write(results, chart, "falbench kernels (" + suite + ")", kept);
        return List.of(jsonFile, table, chart);
    }

    private org.openjdk.jmh.runner.options.Options options(KernelRun run, Path json) {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include("io\\.falbench\\.bench\\." + run.benchmark() + "\\.")
                .forks(forks)
                .warmupIterations(run.warmupIterations())
                .measurementIterations(run.measurementIterations())
                .warmupTime(TimeValue.milliseconds((long) (run.iterationSeconds() * 1000)))
                .measurementTime(TimeValue.milliseconds((long) (run.iterationSeconds() * 1000)))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString());
        for (Map.Entry<String, String[]> param : run.params().entrySet()) {
            builder.param(param.getKey(), param.getValue());
        }
        return builder.build();
    }

    private static KernelResult toResult(RunResult result) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : result.getParams().getParamsKeys()) {
            params.put(key, result.getParams().getParam(key));
        }
        return KernelResult.of(result.getParams().getBenchmark(), params, result.getPrimaryResult().getScore(),
                result.getPrimaryResult().getScoreError());
    }

    private static String describe(Map<String, String[]> params) {
        StringBuilder text = new StringBuilder();
        params.forEach((key, values) -> text.append(key).append('=').append(String.join(",", values)).append(' '));
        return text.toString().trim();
    }
}
