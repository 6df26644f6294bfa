package io.falbench.experiment;

import io.falbench.protocol.Cell;

/** Hears about a run's progress; the command line draws a progress bar from it. */
public interface ProgressListener {

    default void cellStarted(Cell cell, int index, int total) {
    }

    default void cellSkipped(Cell cell, int index, int total) {
    }

    default void roundFinished(Cell cell, RoundResult round, int totalRounds) {
    }

    default void cellFinished(Cell cell, CellResult result) {
    }

    ProgressListener SILENT = new ProgressListener() {
    };

    /** Tells {@code first}, then {@code second}. */
    static ProgressListener both(ProgressListener first, ProgressListener second) {
        return new ProgressListener() {
            @Override
            public void cellStarted(Cell cell, int index, int total) {
                first.cellStarted(cell, index, total);
                second.cellStarted(cell, index, total);
            }

            @Override
            public void cellSkipped(Cell cell, int index, int total) {
                first.cellSkipped(cell, index, total);
                second.cellSkipped(cell, index, total);
            }

            @Override
            public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
                first.roundFinished(cell, round, totalRounds);
                second.roundFinished(cell, round, totalRounds);
            }

            @Override
            public void cellFinished(Cell cell, CellResult result) {
                first.cellFinished(cell, result);
                second.cellFinished(cell, result);
            }
        };
    }
}
