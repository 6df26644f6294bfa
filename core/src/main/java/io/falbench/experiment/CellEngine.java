package io.falbench.experiment;

import java.io.IOException;

/**
 * Where a sweep's pending cells run: in this process, one after another ({@link LocalEngine}), or as tasks of a
 * cluster (the Spark engine). Every engine writes each finished cell through the sweep's result store, resumes a cell
 * from its checkpoint, and tells the sweep as each cell starts and ends, so {@link Runner}'s guarantees (one writer,
 * resume, results.csv growing as cells end) hold whatever the engine.
 */
public interface CellEngine {

    /** A short description for the run log, e.g. "local" or "spark (spark://host:7077)". */
    String describe();

    /** Runs every pending cell of the sweep; returns when all have ended (or throws, keeping what finished). */
    void run(Sweep sweep) throws IOException;
}
