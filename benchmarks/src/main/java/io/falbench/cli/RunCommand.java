package io.falbench.cli;

import io.falbench.protocol.Protocol;
import io.falbench.experiment.CellEngine;
import io.falbench.experiment.ResultStore;
import io.falbench.experiment.RunFiles;
import io.falbench.experiment.RunPlan;
import io.falbench.experiment.Runner;
import io.falbench.spark.RunLocation;
import io.falbench.spark.SparkSettings;
import io.falbench.reports.ReportWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code falbench run PROTOCOL}: runs every cell (resuming a finished run directory), then writes the report. */
@Command(name = "run", description = "Run a protocol's cells into a run directory (finished cells are skipped), then report.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROTOCOL", description = "a shipped protocol name (see falbench list) or a .conf file")
    String protocolName;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run directory: a folder, or with --engine spark a URI such as hdfs://HOST:PORT/PATH"
                    + " (default: reports/runs/<protocol>)")
    String out;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "where the report goes when --out is not a local folder (default: reports/runs/<protocol>)")
    Path reportDir;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--seeds", paramLabel = "N", description = "number of seeds (overrides the protocol's 'seeds')")
    Integer seeds;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a protocol key, e.g. --set al.rounds=3")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--dry-run", description = "say where the run directory stands (cells finished, started, not"
            + " begun; cell time spent and an estimate of what is left) and run nothing; takes no lock, so it can"
            + " watch a run in progress")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        if (seeds != null) {
            all.put("seeds", Integer.toString(seeds));
        }
        Protocol protocol = Protocol.load(protocolName).with(all);
        String given = out != null ? out : FalbenchHome.resolve("reports/runs/" + protocol.name()).toString();
        // a local folder made absolute: a Spark executor's working directory is its worker's, not this one
        String runDir = RunLocation.isLocal(given) ? RunLocation.localPath(given).toAbsolutePath().toString() : given;
        if (!RunLocation.isLocal(runDir) && engineOptions.isLocal()) {
            throw new IllegalArgumentException("--out " + runDir + " is not a local folder: the local engine writes"
                    + " local folders only; add --engine spark, or give a folder");
        }
        if (dryRun) {
            RunFiles files = RunLocation.open(runDir, SparkSettings.hadoop(engineOptions.conf));
            System.out.print(RunPlan.of(protocol, new ResultStore(files), false).describe(runDir));
            return 0;
        }
        Path data = dataDir.resolve();
        CellEngine engine = engineOptions.create(runDir, data);
        RunFiles files = RunLocation.open(runDir, SparkSettings.hadoop(engineOptions.conf));
        System.out.println("falbench run " + protocol.name() + ": " + protocol.cells().size() + " cells -> " + runDir);
        long started = System.nanoTime();
        Thread interrupted = new Thread(() -> System.err.println("\nfalbench: interrupted; finished cells and the last"
                + " finished AL round of the running cell are kept in " + runDir + "; run the same command to resume"));
        Runtime.getRuntime().addShutdownHook(interrupted);
        int ran;
        try {
            ran = new Runner(protocol, data, files, engine, System.out::println).run(new ConsoleProgress());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running: the process is being interrupted
            }
        }
        Path local = RunLocation.isLocal(runDir) ? RunLocation.localPath(runDir)
                : ReportMirror.copy(files, reportDir != null ? reportDir
                        : FalbenchHome.resolve("reports/runs/" + protocol.name()));
        Path report = ReportWriter.write(local);
        System.out.printf("%d cell(s) run, %d already finished, in %.1f s%n", ran, protocol.cells().size() - ran,
                (System.nanoTime() - started) / 1e9);
        System.out.println("results: " + files.where("results.csv"));
        System.out.println("report:  " + report + " (plot: " + local.resolve("accuracy.png") + ")");
        return 0;
    }
}
