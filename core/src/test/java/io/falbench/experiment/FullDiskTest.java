package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills while a run writes (a run directory whose n-th write of one file writes half of it and then
 * fails as the operating system does) names the file, damages nothing written before and leaves no temporary file;
 * the next run resumes with only what is missing and ends with the numbers of an uninterrupted run.
 */
class FullDiskTest {

    static final String PROTOCOL = """
            dataset = mnist-mini
            clients = 3
            partitions = dir-balance:0.5
            model = mlp
            strategies = random, margin
            modes = f-al
            seeds = 1
            al.initial = 30
            al.query = 15
            al.rounds = 2
            fl.rounds = 1
            fl.local_epochs = 1
            fl.reinit = false
            train.lr = 0.05
            """;

    @TempDir
    static Path dataDir;

    @TempDir
    static Path root;

    static Protocol protocol;
    static Path uninterrupted;
    static Cell first;
    static Cell second;

    /** The local run directory, except that the {@code nth} write of {@code full} runs out of space half-way. */
    static final class FillingDisk implements RunFiles {

        private final RunFiles disk;
        private final String full;
        private final int nth;
        private int writes;

        FillingDisk(Path runDir, String full, int nth) {
            this.disk = RunFiles.local(runDir);
            this.full = full;
            this.nth = nth;
        }

        @Override
        public void write(String relative, Content content) throws IOException {
            if (!relative.equals(full) || ++writes != nth) {
                disk.write(relative, content);
                return;
            }
            disk.write(relative, out -> {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                content.writeTo(whole);
                out.write(whole.toByteArray(), 0, whole.size() / 2);
                throw new IOException("No space left on device");
            });
        }

        @Override
        public String where(String relative) {
            return disk.where(relative);
        }

        @Override
        public void prepare() throws IOException {
            disk.prepare();
        }

        @Override
        public boolean isFile(String relative) throws IOException {
            return disk.isFile(relative);
        }

        @Override
        public InputStream open(String relative) throws IOException {
            return disk.open(relative);
        }

        @Override
        public void delete(String relative) throws IOException {
            disk.delete(relative);
        }

        @Override
        public List<String> list(String folder) throws IOException {
            return disk.list(folder);
        }

        @Override
        public void append(String relative, String text) throws IOException {
            disk.append(relative, text);
        }

        @Override
        public Lock lock(String command) throws IOException {
            return disk.lock(command);
        }
    }

    @BeforeAll
    static void runOnceWithSpaceEnough() throws IOException {
        protocol = Protocol.parse("full-disk", "test", PROTOCOL);
        first = protocol.cells().get(0);
        second = protocol.cells().get(1);
        uninterrupted = root.resolve("uninterrupted");
        assertThat(new Runner(protocol, dataDir, uninterrupted, line -> { }).run(ProgressListener.SILENT)).isEqualTo(2);
    }

    /** Runs until the n-th write of {@code full} fails; checks the message and that no temporary file is left. */
    private static Path runUntilTheDiskFills(String name, String full, int nth) throws IOException {
        Path runDir = root.resolve(name);
        RunFiles filling = new FillingDisk(runDir, full, nth);
        assertThatThrownBy(() -> new Runner(protocol, dataDir, filling, new LocalEngine(), line -> { })
                .run(ProgressListener.SILENT))
                .hasMessageContaining("no space left on device while writing " + runDir.resolve(full)
                        + "; free space and rerun: finished cells and AL rounds are kept");
        try (Stream<Path> files = Files.walk(runDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        return runDir;
    }

    private static Map<Path, byte[]> contents(Path runDir, String... relative) throws IOException {
        Map<Path, byte[]> contents = new HashMap<>();
        for (String file : relative) {
            contents.put(runDir.resolve(file), Files.readAllBytes(runDir.resolve(file)));
        }
        return contents;
    }

    private static void assertUnchanged(Map<Path, byte[]> before) throws IOException {
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            assertThat(Files.readAllBytes(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
        }
    }

    private static int resume(Path runDir) throws IOException {
        return new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT);
    }

    @Test
    void aCellFileThatCannotBeWrittenKeepsTheFinishedCellAndTheTableAndResumesFromTheLastCheckpoint()
            throws IOException {
        Path runDir = runUntilTheDiskFills("cell-file", ResultStore.cellFile(second), 1);
        assertThat(runDir.resolve(ResultStore.cellFile(second))).doesNotExist();
        assertThat(Files.readAllLines(runDir.resolve("results.csv"))).hasSize(1 + 3);
        Map<Path, byte[]> kept = contents(runDir, ResultStore.cellFile(first));

        assertThat(resume(runDir)).isEqualTo(1);
        assertUnchanged(kept);
        assertThat(new ResultStore(runDir).find(second).orElseThrow().provenance().resumedFromRound()).isEqualTo(2);
        assertThat(CheckpointResumeTest.withoutTimings(runDir))
                .isEqualTo(CheckpointResumeTest.withoutTimings(uninterrupted));
    }

    @Test
    void aCheckpointThatCannotBeWrittenKeepsThePreviousOneWithItsOwnWeights() throws IOException {
        Path runDir = runUntilTheDiskFills("checkpoint", ResultStore.checkpointFile(second), 2);
        Checkpoints.Resume previous = new ResultStore(runDir).findCheckpoint(second).orElseThrow();
        assertThat(previous.checkpoint().nextRound()).isEqualTo(1);
        assertThat(previous.weights()).isNotNull();
        assertThat(new ResultStore(runDir).files().list("checkpoints"))
                .containsExactlyInAnyOrder(second.id() + ".json", second.id() + ".round1.weights");
        assertThat(Files.readAllLines(runDir.resolve("results.csv"))).hasSize(1 + 3);
        Map<Path, byte[]> kept = contents(runDir, ResultStore.cellFile(first));

        assertThat(resume(runDir)).isEqualTo(1);
        assertUnchanged(kept);
        assertThat(new ResultStore(runDir).find(second).orElseThrow().provenance().resumedFromRound()).isEqualTo(1);
        assertThat(CheckpointResumeTest.withoutTimings(runDir))
                .isEqualTo(CheckpointResumeTest.withoutTimings(uninterrupted));
        assertThat(runDir.resolve("checkpoints")).isEmptyDirectory();
    }

    @Test
    void aTableThatCannotBeRewrittenKeepsItsLastVersionAndTheNextRunRebuildsItWithoutTraining() throws IOException {
        Path runDir = runUntilTheDiskFills("results-csv", "results.csv", 2);
        assertThat(Files.readAllLines(runDir.resolve("results.csv"))).hasSize(1 + 3);
        Map<Path, byte[]> kept = contents(runDir, ResultStore.cellFile(first), ResultStore.cellFile(second));

        assertThat(resume(runDir)).isZero();
        assertUnchanged(kept);
        assertThat(CheckpointResumeTest.withoutTimings(runDir))
                .isEqualTo(CheckpointResumeTest.withoutTimings(uninterrupted));
    }
}
