package io.falbench.experiment;

import io.falbench.kernels.KernelsRegistry;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import io.falbench.runtime.NativeHeap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs every cell of a protocol into a run directory, skipping cells already finished there (resume), rebuilding
 * {@code results.csv} after every finished cell (a long run's table grows as it goes). A finished cell of another configuration is an error, never silently mixed in.
 */
public final class Runner {

    private final Protocol protocol;
    private final Path dataDir;
    private final ResultStore store;
    private final Consumer<String> log;

    public Runner(Protocol protocol, Path dataDir, Path runDir, Consumer<String> log) {
        this.protocol = protocol;
        this.dataDir = dataDir;
        this.store = new ResultStore(runDir);
        this.log = log;
    }

    /** Returns the number of cells that ran (0 when everything was already finished). */
    public int run(ProgressListener progress) throws IOException {
        Path runDir = usableRunDirectory(store.runDir());
        try (RunLock lock = RunLock.acquire(runDir, "falbench run " + protocol.name());
             RunLog runLog = new RunLog(runDir)) {
            Consumer<String> logBoth = line -> {
                log.accept(line);
                runLog.line(line);
            };
            if (!lock.previousHolder().isEmpty()) {
                logBoth.accept("took over the run directory from " + lock.previousHolder() + ", which is gone");
            }
            List<Cell> cells = protocol.cells();
            List<Cell> pending = pending(cells);
            runLog.line("run " + protocol.name() + " (" + protocol.source() + "): " + cells.size() + " cells, "
                    + pending.size() + " to run");
            CellRunner runner = null;
            if (!pending.isEmpty()) {
                runLog.line("native heap: " + NativeHeap.configure());
                PreparedData data = PreparedData.prepare(protocol, dataDir, logBoth);
                Feasibility.check(protocol, data);
                String backend = protocol.run().kernels();
                runner = new CellRunner(protocol, data, RunEnvironment.detect(backend), KernelsRegistry.create(backend));
            }
            ProgressListener listeners = ProgressListener.both(progress, runLog);
            int ran = 0;
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (!pending.contains(cell)) {
                    listeners.cellSkipped(cell, i, cells.size());
                    continue;
                }
                listeners.cellStarted(cell, i, cells.size());
                CellResult result = runner.run(cell, listeners, store);
                store.write(result);
                ResultsCsv.write(store.all(), runDir.resolve("results.csv"));
                listeners.cellFinished(cell, result);
                ran++;
            }
            ResultsCsv.write(store.all(), runDir.resolve("results.csv"));
            return ran;
        }
    }

    /**
     * The cells still to run; a finished cell or a checkpoint of another configuration is an error before any work,
     * so nothing computed is ever overwritten.
     */
    private List<Cell> pending(List<Cell> cells) throws IOException {
        String fingerprint = protocol.fingerprint();
        List<Cell> pending = new java.util.ArrayList<>();
        for (Cell cell : cells) {
            Optional<CellResult> finished = store.find(cell);
            Optional<Checkpoint> started = finished.isPresent() ? Optional.empty() : store.readCheckpoint(cell);
            String found = finished.map(CellResult::configFingerprint)
                    .or(() -> started.map(Checkpoint::configFingerprint)).orElse(fingerprint);
            if (!found.equals(fingerprint)) {
                throw new IOException((finished.isPresent() ? store.cellFile(cell) : store.checkpointFile(cell))
                        + " was produced by a different configuration of " + protocol.name()
                        + "; use another --out directory or delete the old run");
            }
            if (finished.isEmpty()) {
                pending.add(cell);
            }
        }
        return pending;
    }

    /** Creates the run directory; refuses a path that is a file or a folder this process cannot write. */
    private static Path usableRunDirectory(Path runDir) throws IOException {
        if (Files.exists(runDir) && !Files.isDirectory(runDir)) {
            throw new IOException("--out " + runDir + " is a file, not a directory; give a directory path");
        }
        try {
            Files.createDirectories(runDir);
        } catch (IOException e) {
            throw new IOException("cannot create the run directory " + runDir + " (" + e.getMessage() + "); give a writable --out",
                    e);
        }
        if (!Files.isWritable(runDir)) {
            throw new IOException("the run directory " + runDir + " is not writable; give a writable --out");
        }
        return runDir;
    }
}
