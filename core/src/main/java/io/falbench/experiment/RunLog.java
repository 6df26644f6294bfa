package io.falbench.experiment;

import io.falbench.protocol.Cell;
import io.falbench.runtime.ResidentMemory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/** {@code run.log} in the run directory: what the console shows, one timestamped line per event, appended. */
final class RunLog implements ProgressListener, AutoCloseable {

    private final PrintWriter out;

    RunLog(Path runDir) throws IOException {
        this.out = new PrintWriter(Files.newBufferedWriter(runDir.resolve("run.log"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
    }

    void line(String text) {
        out.println(Instant.now() + " " + text);
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
        out.close();
    }
}
