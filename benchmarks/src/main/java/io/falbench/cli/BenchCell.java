package io.falbench.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.falbench.experiment.Runner;
import io.falbench.protocol.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code falbench bench cell PROTOCOL --strategy S --mode M}: times one end-to-end cell (seed 0) in a fresh run
 * directory and prints where its seconds went, AL round by AL round: FedAvg training, evaluation, query (local
 * models and selection included), and what lies outside them (set-up: data, partition, network creation).
 */
@Command(name = "cell", description = "Time one end-to-end cell of a protocol and print its profile by phase.")
final class BenchCell implements Callable<Integer> {

    @Parameters(paramLabel = "PROTOCOL", description = "a shipped protocol name or a .conf file")
    String protocolName;

    @Option(names = "--strategy", description = "the cell's strategy (default: the protocol's first)")
    String strategy;

    @Option(names = "--mode", description = "the cell's mode (default: the protocol's first)")
    String mode;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a protocol key")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "run directory (default: a fresh temporary one);"
            + " must not hold finished cells")
    Path out;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws Exception {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.put("seeds", "1");
        Protocol base = Protocol.load(protocolName).with(all);
        all.put("strategies", strategy != null ? strategy : base.activeLearning().strategies().get(0));
        all.put("modes", mode != null ? mode : base.activeLearning().modes().get(0));
        all.put("partitions", base.federation().partitions().get(0));
        Protocol protocol = base.with(all);
        Path runDir = out != null ? out : Files.createTempDirectory("falbench-cell");
        if (Files.isDirectory(runDir.resolve("cells")) && Files.list(runDir.resolve("cells")).findAny().isPresent()) {
            throw new IllegalArgumentException(runDir + " already holds finished cells; give a new --out directory");
        }
        long started = System.nanoTime();
        new Runner(protocol, dataDir.resolve(), runDir, line -> { }).run(new ConsoleProgress());
        double wall = (System.nanoTime() - started) / 1e9;
        System.out.print(profile(protocol.cells().get(0).id(), runDir.resolve("results.csv"), wall));
        return 0;
    }

    static String profile(String cell, Path resultsCsv, double wall) throws java.io.IOException {
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(resultsCsv.toFile())) {
            rows = it.readAll();
        }
        StringBuilder out = new StringBuilder("cell " + cell + ": " + String.format(Locale.ROOT, "%.1f", wall)
                + " s wall\n\n| AL round | labelled | accuracy | training (s) | evaluation (s) | query (s) |\n"
                + "|---|---|---|---|---|---|\n");
        double[] total = new double[3];
        for (Map<String, String> row : rows) {
            double[] phase = {Double.parseDouble(row.get("train_seconds")), Double.parseDouble(row.get("eval_seconds")),
                    Double.parseDouble(row.get("query_seconds"))};
            for (int p = 0; p < 3; p++) {
                total[p] += phase[p];
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %.1f | %.1f | %.1f |%n", row.get("round"),
                    row.get("labelled"), Double.parseDouble(row.get("accuracy")), phase[0], phase[1], phase[2]));
        }
        double other = Math.max(0, wall - total[0] - total[1] - total[2]);
        out.append(String.format(Locale.ROOT, "%nshare of the wall time: training %.0f%%, evaluation %.0f%%, query"
                + " %.0f%%, set-up and the rest %.0f%%%n", 100 * total[0] / wall, 100 * total[1] / wall,
                100 * total[2] / wall, 100 * other / wall));
        return out.toString();
    }
}
