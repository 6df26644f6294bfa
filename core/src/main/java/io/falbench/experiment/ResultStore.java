package io.falbench.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.falbench.protocol.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A run directory: one JSON file per finished cell under {@code cells/}, each written atomically (temp file, then
 * rename), so an interrupted run loses nothing finished and never leaves a half-written cell.
 */
public final class ResultStore implements Checkpoints {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path runDir;

    public ResultStore(Path runDir) {
        this.runDir = runDir;
    }

    public Path runDir() {
        return runDir;
    }

    public Path cellFile(Cell cell) {
        return runDir.resolve("cells").resolve(cell.id() + ".json");
    }

    /** The finished result of {@code cell}, if this run directory holds one. */
    public Optional<CellResult> find(Cell cell) throws IOException {
        Path file = cellFile(cell);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    /** Writes a finished cell, then drops its checkpoint (the cell file supersedes it). */
    public void write(CellResult result) throws IOException {
        AtomicFiles.write(cellFile(result.cell()), out -> JSON.writeValue(out, result));
        Files.deleteIfExists(checkpointFile(result.cell()));
        Files.deleteIfExists(weightsFile(result.cell()));
    }

    public Path checkpointFile(Cell cell) {
        return runDir.resolve("checkpoints").resolve(cell.id() + ".json");
    }

    private Path weightsFile(Cell cell) {
        return runDir.resolve("checkpoints").resolve(cell.id() + ".weights");
    }

    /** The weights first, then the checkpoint that names them: a checkpoint on disk is always whole. */
    @Override
    public void saveCheckpoint(Cell cell, Checkpoint checkpoint, io.falbench.model.Weights weights) throws IOException {
        if (weights != null) {
            AtomicFiles.write(weightsFile(cell), out -> WeightsFile.write(weights, out));
        }
        AtomicFiles.write(checkpointFile(cell), out -> JSON.writeValue(out, checkpoint));
    }

    @Override
    public Optional<Resume> findCheckpoint(Cell cell) throws IOException {
        Optional<Checkpoint> checkpoint = readCheckpoint(cell);
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resume(checkpoint.get(),
                checkpoint.get().hasWeights() ? WeightsFile.read(weightsFile(cell)) : null));
    }

    /** The checkpoint of {@code cell} without its weights (enough to check its configuration). */
    public Optional<Checkpoint> readCheckpoint(Cell cell) throws IOException {
        Path file = checkpointFile(cell);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Checkpoint.class));
        } catch (IOException e) {
            throw new IOException(file + " is not a readable checkpoint (" + e.getMessage()
                    + "); delete it to restart that cell from its first round", e);
        }
    }

    /** Every finished cell in the run directory, in file-name order. */
    public List<CellResult> all() throws IOException {
        Path cells = runDir.resolve("cells");
        List<CellResult> results = new ArrayList<>();
        if (!Files.isDirectory(cells)) {
            return results;
        }
        try (Stream<Path> files = Files.list(cells)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                results.add(read(file));
            }
        }
        return results;
    }

    private static CellResult read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), CellResult.class);
        } catch (IOException e) {
            throw new IOException(file + " is not a readable cell result (" + e.getMessage()
                    + "); delete it to run that cell again", e);
        }
    }
}
