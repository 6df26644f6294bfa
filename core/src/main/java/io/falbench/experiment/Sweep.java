package io.falbench.experiment;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of a protocol's pending cells, as an engine sees it: what to run, where results go, and the events it
 * reports back (in the process that owns the run directory, which rebuilds results.csv after each finished cell).
 */
public final class Sweep {

    /** What the run does when an engine reports a finished cell (already written to the store). */
    interface Finish {
        void finished(Cell cell, CellResult result) throws IOException;
    }

    private final Protocol protocol;
    private final List<Cell> cells;
    private final List<Cell> pending;
    private final ResultStore store;
    private final Path dataDir;
    private final ProgressListener progress;
    private final Consumer<String> log;
    private final Consumer<String> note;
    private final Finish finish;

    Sweep(Protocol protocol, List<Cell> cells, List<Cell> pending, ResultStore store, Path dataDir,
          ProgressListener progress, Consumer<String> log, Consumer<String> note, Finish finish) {
        this.protocol = protocol;
        this.cells = cells;
        this.pending = pending;
        this.store = store;
        this.dataDir = dataDir;
        this.progress = progress;
        this.log = log;
        this.note = note;
        this.finish = finish;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The cells still to run, in the protocol's order. */
    public List<Cell> pending() {
        return pending;
    }

    public ResultStore store() {
        return store;
    }

    /** The data directory of this process (an engine's workers may have their own). */
    public Path dataDir() {
        return dataDir;
    }

    /** Progress of the cells run in this process (per AL round); remote engines report starts and ends only. */
    public ProgressListener progress() {
        return progress;
    }

    /** A line for the console and the run log. */
    public void log(String line) {
        log.accept(line);
    }

    /** A line for the run log only. */
    public void note(String line) {
        note.accept(line);
    }

    public void started(Cell cell) {
        progress.cellStarted(cell, cells.indexOf(cell), cells.size());
    }

    /** A cell ended and its result is in the store. */
    public void finished(Cell cell, CellResult result) throws IOException {
        finish.finished(cell, result);
    }
}
