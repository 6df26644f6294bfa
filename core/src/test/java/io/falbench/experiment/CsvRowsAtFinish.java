package io.falbench.experiment;

import io.falbench.protocol.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records how many data rows a run directory's results.csv holds each time a cell is reported finished. */
final class CsvRowsAtFinish implements ProgressListener {

    private final Path runDir;
    final List<Long> rows = new ArrayList<>();

    CsvRowsAtFinish(Path runDir) {
        this.runDir = runDir;
    }

    @Override
    public void cellFinished(Cell cell, CellResult result) {
        try (var lines = Files.lines(runDir.resolve("results.csv"))) {
            rows.add(lines.count() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
