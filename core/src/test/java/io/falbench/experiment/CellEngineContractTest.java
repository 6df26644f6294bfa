package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the runner guarantees whatever the engine: results.csv grows with each cell an engine reports, an engine that
 * stops keeps what finished, and the next run resumes with the cells still pending only.
 */
class CellEngineContractTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runDir;

    private static final String TWO_CELLS = """
            dataset = mnist-mini
            clients = 3
            model = mlp
            strategies = random, margin
            modes = f-al
            seeds = 1
            al.initial = 30
            al.query = 15
            al.rounds = 1
            fl.rounds = 1
            fl.local_epochs = 1
            """;

    /** The local engine, stopped by a lost "cluster" once it has finished {@code finishing} cells. */
    private record Failing(int finishing, List<List<Cell>> pendingSeen) implements CellEngine {
        @Override
        public String describe() {
            return "failing test";
        }

        @Override
        public void run(Sweep sweep) throws IOException {
            pendingSeen.add(List.copyOf(sweep.pending()));
            Sweep limited = new Sweep(sweep.protocol(), sweep.protocol().cells(),
                    sweep.pending().subList(0, Math.min(finishing, sweep.pending().size())), sweep.store(),
                    sweep.dataDir(), sweep.progress(), sweep::log, sweep::note, sweep::finished);
            new LocalEngine().run(limited);
            if (finishing < sweep.pending().size()) {
                throw new IOException("the cluster went away");
            }
        }
    }

    @Test
    void anEngineThatStopsKeepsWhatFinishedAndTheNextRunResumesTheRest() throws IOException {
        Protocol protocol = Protocol.parse("two", "test", TWO_CELLS);
        List<List<Cell>> seen = new ArrayList<>();
        CsvRowsAtFinish csv = new CsvRowsAtFinish(runDir);
        List<Long> rowsAtFinish = csv.rows;
        assertThatThrownBy(() -> new Runner(protocol, dataDir, RunFiles.local(runDir), new Failing(1, seen),
                line -> { }).run(csv)).hasMessageContaining("the cluster went away");
        assertThat(rowsAtFinish).containsExactly(2L);
        assertThat(new ResultStore(runDir).all()).hasSize(1);
        assertThat(Files.readString(runDir.resolve("run.log"))).contains("to run on the failing test engine");

        assertThat(new Runner(protocol, dataDir, RunFiles.local(runDir), new Failing(2, seen), line -> { }).run(csv))
                .isEqualTo(1);
        assertThat(seen.get(0)).hasSize(2);
        assertThat(seen.get(1)).containsExactly(protocol.cells().get(1));
        assertThat(rowsAtFinish).containsExactly(2L, 4L);
        assertThat(new Runner(protocol, dataDir, RunFiles.local(runDir), new Failing(0, seen), line -> { }).run(csv))
                .as("nothing pending: the engine is not called").isZero();
        assertThat(seen).hasSize(2);
    }
}
