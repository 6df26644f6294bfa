package io.falbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    /**
     * The weights a checkpoint names, by its next round: a checkpoint and its weights always agree, even when writing
     * the next checkpoint fails between the two files.
     */
    private static String weightsFile(Cell cell, int nextRound) {
        return "checkpoints/" + cell.id() + ".round" + nextRound + ".weights";
    }

    /** Where checkpoints of earlier versions kept their weights. */
    private static String unroundedWeightsFile(Cell cell) {
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
        deleteWeightsBut(result.cell(), null);
    }

    /**
     * The weights first, then the checkpoint that names them, then the previous weights go: a checkpoint on disk is
     * always whole, and a failed write leaves the previous checkpoint with its own weights.
     */
    @Override
    public void saveCheckpoint(Cell cell, Checkpoint checkpoint, Weights weights) throws IOException {
        String weightsFile = weights != null ? weightsFile(cell, checkpoint.nextRound()) : null;
        try {
            if (weightsFile != null) {
                files.write(weightsFile, out -> WeightsFile.write(weights, out));
            }
            files.write(checkpointFile(cell), out -> JSON.writeValue(out, checkpoint));
        } catch (IOException e) {
            if (weightsFile != null) {
                try {
                    files.delete(weightsFile);
                } catch (IOException notDeleted) {
                    e.addSuppressed(notDeleted);
                }
            }
            throw e;
        }
        deleteWeightsBut(cell, weightsFile);
    }

    /** Deletes the cell's weights files other than {@code kept} (null: all of them). */
    private void deleteWeightsBut(Cell cell, String kept) throws IOException {
        for (String name : files.list("checkpoints")) {
            String file = "checkpoints/" + name;
            if (name.startsWith(cell.id() + ".") && name.endsWith(".weights") && !file.equals(kept)) {
                files.delete(file);
            }
        }
    }

    @Override
    public Optional<Resume> findCheckpoint(Cell cell) throws IOException {
        Optional<Checkpoint> checkpoint = readCheckpoint(cell);
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        Weights weights = null;
        if (checkpoint.get().hasWeights()) {
            String file = weightsFile(cell, checkpoint.get().nextRound());
            if (!files.isFile(file) && files.isFile(unroundedWeightsFile(cell))) {
                file = unroundedWeightsFile(cell);
            }
            if (!files.isFile(file)) {
                throw new IOException(files.where(file) + ", the weights of the checkpoint "
                        + files.where(checkpointFile(cell)) + ", is missing; delete that checkpoint to restart the"
                        + " cell from its first round");
            }
            try (InputStream in = files.open(file)) {
                weights = WeightsFile.read(in, files.where(file));
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
            throw new IOException(files.where(file) + " is not a readable checkpoint (" + reason(e)
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
            throw new IOException(files.where(file) + " is not a readable cell result (" + reason(e)
                    + "); delete it to run that cell again", e);
        }
    }

    /** Jackson's message without its source dump: what is wrong, and where in the file. */
    private static String reason(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return json.getOriginalMessage() + " at line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr();
        }
        return e.getMessage();
    }
}
