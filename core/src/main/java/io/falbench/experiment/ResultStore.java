package io.falbench.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.falbench.model.Weights;
import io.falbench.protocol.Cell;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run directory: one JSON file per finished cell under {@code cells/}, each written atomically (temp file, then
 * rename), so an interrupted run loses nothing finished and never leaves a half-written cell.
 */
public final class ResultStore implements Checkpoints {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunFiles files;

    public ResultStore(Path runDir) {
        this(RunFiles.local(runDir));
    }

    public ResultStore(RunFiles files) {
        this.files = files;
    }

    public RunFiles files() {
        return files;
    }

    /** The cell's result file, relative to the run directory. */
    public static String cellFile(Cell cell) {
        return "cells/" + cell.id() + ".json";
    }

    /** The cell's checkpoint, relative to the run directory. */
    public static String checkpointFile(Cell cell) {
        return "checkpoints/" + cell.id() + ".json";
    }

    private static String weightsFile(Cell cell) {
        return "checkpoints/" + cell.id() + ".weights";
    }

    /** The finished result of {@code cell}, if this run directory holds one. */
    public Optional<CellResult> find(Cell cell) throws IOException {
        String file = cellFile(cell);
        return files.isFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Writes a finished cell, then drops its checkpoint (the cell file supersedes it). */
    public void write(CellResult result) throws IOException {
        files.write(cellFile(result.cell()), out -> JSON.writeValue(out, result));
        files.delete(checkpointFile(result.cell()));
        files.delete(weightsFile(result.cell()));
    }

    /** The weights first, then the checkpoint that names them: a checkpoint on disk is always whole. */
    @Override
    public void saveCheckpoint(Cell cell, Checkpoint checkpoint, Weights weights) throws IOException {
        if (weights != null) {
            files.write(weightsFile(cell), out -> WeightsFile.write(weights, out));
        }
        files.write(checkpointFile(cell), out -> JSON.writeValue(out, checkpoint));
    }

    @Override
    public Optional<Resume> findCheckpoint(Cell cell) throws IOException {
        Optional<Checkpoint> checkpoint = readCheckpoint(cell);
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        Weights weights = null;
        if (checkpoint.get().hasWeights()) {
            try (InputStream in = files.open(weightsFile(cell))) {
                weights = WeightsFile.read(in, files.where(weightsFile(cell)));
            }
        }
        return Optional.of(new Resume(checkpoint.get(), weights));
    }

    /** The checkpoint of {@code cell} without its weights (enough to check its configuration). */
    public Optional<Checkpoint> readCheckpoint(Cell cell) throws IOException {
        String file = checkpointFile(cell);
        if (!files.isFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = files.open(file)) {
            return Optional.of(JSON.readValue(in, Checkpoint.class));
        } catch (IOException e) {
            throw new IOException(files.where(file) + " is not a readable checkpoint (" + e.getMessage()
                    + "); delete it to restart that cell from its first round", e);
        }
    }

    /** Every finished cell in the run directory, in file-name order. */
    public List<CellResult> all() throws IOException {
        List<CellResult> results = new ArrayList<>();
        for (String name : files.list("cells")) {
            if (name.endsWith(".json")) {
                results.add(read("cells/" + name));
            }
        }
        return results;
    }

    /** Rebuilds {@code results.csv} from every finished cell. */
    public void writeResultsCsv() throws IOException {
        List<CellResult> all = all();
        files.write("results.csv", out -> ResultsCsv.write(all, out));
    }

    private CellResult read(String file) throws IOException {
        try (InputStream in = files.open(file)) {
            return JSON.readValue(in, CellResult.class);
        } catch (IOException e) {
            throw new IOException(files.where(file) + " is not a readable cell result (" + e.getMessage()
                    + "); delete it to run that cell again", e);
        }
    }
}
