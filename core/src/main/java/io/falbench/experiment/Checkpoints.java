package io.falbench.experiment;

import io.falbench.model.Weights;
import io.falbench.protocol.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Where a cell keeps its per-round checkpoints (a run directory), or nowhere. */
public interface Checkpoints {

    Checkpoints NONE = new Checkpoints() {
        @Override
        public Optional<Resume> findCheckpoint(Cell cell) {
            return Optional.empty();
        }

        @Override
        public void saveCheckpoint(Cell cell, Checkpoint checkpoint, Weights weights) {
        }
    };

    /** A checkpoint with the network weights it names (null when it names none). */
    record Resume(Checkpoint checkpoint, Weights weights) {
    }

    Optional<Resume> findCheckpoint(Cell cell) throws IOException;

    void saveCheckpoint(Cell cell, Checkpoint checkpoint, Weights weights) throws IOException;

    static Optional<Resume> findQuietly(Checkpoints checkpoints, Cell cell) {
        try {
            return checkpoints.findCheckpoint(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
