package io.falbench.experiment;

import io.falbench.kernels.KernelsRegistry;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs every cell of a protocol into a run directory, skipping cells already finished there (resume), then
 * rebuilds {@code results.csv}. A finished cell of another configuration is an error, never silently mixed in.
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
        List<Cell> cells = protocol.cells();
        String fingerprint = protocol.fingerprint();
        CellRunner runner = null;
        int ran = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Optional<CellResult> finished = store.find(cell);
            if (finished.isPresent()) {
                if (!finished.get().configFingerprint().equals(fingerprint)) {
                    throw new IOException(store.cellFile(cell) + " was produced by a different configuration of "
                            + protocol.name() + "; use another --out directory or delete the old run");
                }
                progress.cellSkipped(cell, i, cells.size());
                continue;
            }
            if (runner == null) {
                PreparedData data = PreparedData.prepare(protocol, dataDir, log);
                String backend = protocol.run().kernels();
                runner = new CellRunner(protocol, data, RunEnvironment.detect(backend), KernelsRegistry.create(backend));
            }
            progress.cellStarted(cell, i, cells.size());
            CellResult result = runner.run(cell, progress);
            store.write(result);
            progress.cellFinished(cell, result);
            ran++;
        }
        ResultsCsv.write(store.all(), store.runDir().resolve("results.csv"));
        return ran;
    }
}
