package io.falbench.experiment;

import io.falbench.files.WriteFailure;
import io.falbench.protocol.Cell;
import io.falbench.runtime.ResidentMemory;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/** {@code run.log} in the run directory: what the console shows, one timestamped line per event, appended. */
final class RunLog implements ProgressListener, AutoCloseable {

    private final RunFiles files;
    private boolean failed;

    RunLog(RunFiles files) {
        this.files = files;
    }

    /** Appends a line; a log that cannot be written is said once on stderr and never stops the run. */
    void line(String text) {
        try {
            files.append("run.log", Instant.now() + " " + text + "\n");
        } catch (IOException e) {
            if (!failed) {
                failed = true;
                System.err.println("falbench: " + WriteFailure.what(files.where("run.log"), e)
                        + "; the run goes on without its log");
            }
        }
    }

    @Override
    public void cellStarted(Cell cell, int index, int total) {
        line("cell " + (index + 1) + "/" + total + " started: " + cell.id());
    }

    @Override
    public void cellSkipped(Cell cell, int index, int total) {
        line("cell " + (index + 1) + "/" + total + " already finished: " + cell.id());
    }

    @Override
    public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
        line(String.format(Locale.ROOT, "  %s round %d/%d labelled %d accuracy %.4f resident %d MB", cell.id(),
                round.round() + 1, totalRounds, round.labels().labelled(), round.accuracy(),
                ResidentMemory.megabytes()));
    }

    @Override
    public void cellFinished(Cell cell, CellResult result) {
        line("cell finished: " + cell.id() + (result.failed() ? " FAILED: " + result.failure() : ""));
    }

    @Override
    public void close() {
        // every line is written when it is logged
    }
}
