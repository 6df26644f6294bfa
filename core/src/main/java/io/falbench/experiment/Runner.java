package io.falbench.experiment;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import io.falbench.runtime.Cpu;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every cell of a protocol into a run directory, skipping cells already finished there (resume), rebuilding
 * {@code results.csv} after every finished cell (a long run's table grows as it goes). A finished cell of another
 * configuration is an error, never silently mixed in. One writer per run directory (its lock); the cells themselves
 * run on a {@link CellEngine}: this process, or a cluster.
 */
public final class Runner {

    private final Protocol protocol;
    private final Path dataDir;
    private final ResultStore store;
    private final CellEngine engine;
    private final Consumer<String> log;

    public Runner(Protocol protocol, Path dataDir, Path runDir, Consumer<String> log) {
        this(protocol, dataDir, RunFiles.local(runDir), new LocalEngine(), log);
    }

    public Runner(Protocol protocol, Path dataDir, RunFiles runDir, CellEngine engine, Consumer<String> log) {
        this.protocol = protocol;
        this.dataDir = dataDir;
        this.store = new ResultStore(runDir);
        this.engine = engine;
        this.log = log;
    }

    /** Returns the number of cells that ran (0 when everything was already finished). */
    public int run(ProgressListener progress) throws IOException {
        RunFiles files = store.files();
        files.prepare();
        try (RunFiles.Lock lock = files.lock("falbench run " + protocol.name());
             RunLog runLog = new RunLog(files)) {
            Consumer<String> logBoth = line -> {
                log.accept(line);
                runLog.line(line);
            };
            if (!lock.previousHolder().isEmpty()) {
                logBoth.accept("took over the run directory from " + lock.previousHolder() + ", which is gone");
            }
            List<Cell> cells = protocol.cells();
            RunPlan plan = RunPlan.of(protocol, store);
            List<CellResult> finished = plan.finished();
            List<Cell> pending = plan.pending();
            if (!pending.isEmpty()) {
                ThreadingNotice.of(protocol, finished, engine instanceof LocalEngine
                        ? RunEnvironment.nativeThreads() : null).ifPresent(logBoth);
                if (engine instanceof LocalEngine) {
                    CpuNotice.of(finished, Cpu.here().describe()).ifPresent(logBoth);
                }
            }
            runLog.line("run " + protocol.name() + " (" + protocol.source() + "): " + cells.size() + " cells, "
                    + pending.size() + " to run on the " + engine.describe() + " engine");
            ProgressListener listeners = ProgressListener.both(progress, runLog);
            for (int i = 0; i < cells.size(); i++) {
                if (!pending.contains(cells.get(i))) {
                    listeners.cellSkipped(cells.get(i), i, cells.size());
                }
            }
            int[] ran = {0};
            if (!pending.isEmpty()) {
                engine.run(new Sweep(protocol, cells, pending, store, dataDir, listeners, logBoth, runLog::line,
                        (cell, result) -> {
                            store.writeResultsCsv();
                            listeners.cellFinished(cell, result);
                            ran[0]++;
                        }));
            }
            store.writeResultsCsv();
            return ran[0];
        }
    }
}
