package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell killed after any AL round resumes from its checkpoint and ends with exactly the numbers of an uninterrupted
 * run: FairFAL (whose gamma_bar is state carried across rounds) and a warm-started F-AL (whose network weights are).
 */
class CheckpointResumeTest {

    static final String PROTOCOL = """
            dataset = mnist-mini
            clients = 3
            partitions = dir-balance:0.5
            model = mlp
            strategies = margin
            modes = f-al, fairfal
            seeds = 1
            al.initial = 30
            al.query = 15
            al.rounds = 3
            fl.rounds = 2
            fl.local_epochs = 1
            fl.reinit = false
            local.max_epochs = 2
            train.lr = 0.05
            """;

    @TempDir
    static Path dataDir;

    @TempDir
    static Path root;

    static Protocol protocol;
    static Path uninterrupted;

    /** Stands for a crash: thrown after a round has been checkpointed. */
    static final class Killed extends RuntimeException {
        Killed() {
            super("killed");
        }
    }

    @BeforeAll
    static void runOnceWithoutInterruption() throws IOException {
        protocol = Protocol.parse("resume", "test", PROTOCOL);
        uninterrupted = root.resolve("uninterrupted");
        assertThat(new Runner(protocol, dataDir, uninterrupted, line -> { }).run(ProgressListener.SILENT)).isEqualTo(2);
    }

    @Test
    void twoRunsOfTheSameProtocolWriteEqualResultsApartFromTimings() throws IOException {
        Path again = root.resolve("again");
        new Runner(protocol, dataDir, again, line -> { }).run(ProgressListener.SILENT);
        assertThat(withoutTimings(again)).isEqualTo(withoutTimings(uninterrupted));
    }

    @Test
    void aCellKilledAfterAnyRoundResumesThereAndEndsWithTheNumbersOfAnUninterruptedRun() throws IOException {
        for (int killedAfter = 0; killedAfter < 3; killedAfter++) {
            Path runDir = root.resolve("killed-after-" + killedAfter);
            int kill = killedAfter;
            ProgressListener crash = new ProgressListener() {
                @Override
                public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
                    if (cell.mode().equals("fairfal") && round.round() == kill) {
                        throw new Killed();
                    }
                }
            };
            assertThatThrownBy(() -> new Runner(protocol, dataDir, runDir, line -> { }).run(crash))
                    .isInstanceOf(Killed.class);
            Cell fairfal = protocol.cells().stream().filter(c -> c.mode().equals("fairfal")).findFirst().orElseThrow();
            ResultStore store = new ResultStore(runDir);
            assertThat(runDir.resolve(ResultStore.checkpointFile(fairfal))).exists();
            assertThat(store.findCheckpoint(fairfal).orElseThrow().checkpoint().nextRound()).isEqualTo(kill + 1);

            assertThat(new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT)).isEqualTo(1);
            assertThat(runDir.resolve(ResultStore.checkpointFile(fairfal))).doesNotExist();
            assertThat(withoutTimings(runDir)).as("killed after round " + kill)
                    .isEqualTo(withoutTimings(uninterrupted));
            CellResult resumed = store.find(fairfal).orElseThrow();
            assertThat(resumed.provenance().resumedFromRound()).isEqualTo(kill + 1);
            assertThat(resumed.rounds().get(1).diagnostics().scalars()).containsKey(FairFalQuery.GAMMA_BAR);
        }
    }

    /**
     * SCAFFOLD's control variates start at zero with every AL round's federated training (as the reference's
     * train_test builds them anew), so the checkpoint carries none of them and a resumed warm-started cell still ends
     * with the uninterrupted numbers.
     */
    @Test
    void aScaffoldCellKilledAfterARoundResumesThereAndEndsWithTheNumbersOfAnUninterruptedRun() throws IOException {
        Protocol scaffold = Protocol.parse("resume", "test", PROTOCOL.replace("modes = f-al, fairfal", "modes = f-al")
                + "fl.algorithm = scaffold\nfl.client_fraction = 0.67\n");
        Path whole = root.resolve("scaffold");
        new Runner(scaffold, dataDir, whole, line -> { }).run(ProgressListener.SILENT);
        Path runDir = root.resolve("scaffold-killed");
        ProgressListener crash = new ProgressListener() {
            @Override
            public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
                if (round.round() == 1) {
                    throw new Killed();
                }
            }
        };
        assertThatThrownBy(() -> new Runner(scaffold, dataDir, runDir, line -> { }).run(crash))
                .isInstanceOf(Killed.class);
        assertThat(new Runner(scaffold, dataDir, runDir, line -> { }).run(ProgressListener.SILENT)).isEqualTo(1);
        assertThat(withoutTimings(runDir)).isEqualTo(withoutTimings(whole));
    }

    /**
     * CHASe carries each client's dormant samples, last variations and previous local model from one AL round to the
     * next: the checkpoint's arrays restore them, so a cell killed after either round ends as an uninterrupted one.
     */
    @Test
    void aChaseCellKilledAfterARoundResumesThereAndEndsWithTheNumbersOfAnUninterruptedRun() throws IOException {
        Protocol chase = Protocol.parse("resume", "test", PROTOCOL.replace("modes = f-al, fairfal", "modes = chase")
                .replace("fl.rounds = 2", "fl.rounds = 1").replace("fl.local_epochs = 1", "fl.local_epochs = 3")
                + "chase.subset = 40\n");
        Path whole = root.resolve("chase");
        new Runner(chase, dataDir, whole, line -> { }).run(ProgressListener.SILENT);
        for (int killedAfter = 0; killedAfter < 2; killedAfter++) {
            Path runDir = root.resolve("chase-killed-after-" + killedAfter);
            int kill = killedAfter;
            ProgressListener crash = new ProgressListener() {
                @Override
                public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
                    if (round.round() == kill) {
                        throw new Killed();
                    }
                }
            };
            assertThatThrownBy(() -> new Runner(chase, dataDir, runDir, line -> { }).run(crash))
                    .isInstanceOf(Killed.class);
            assertThat(new Runner(chase, dataDir, runDir, line -> { }).run(ProgressListener.SILENT)).isEqualTo(1);
            assertThat(withoutTimings(runDir)).as("killed after round " + kill).isEqualTo(withoutTimings(whole));
        }
    }

    @Test
    void aCheckpointOfAnotherConfigurationIsRefusedBeforeAnyWork() throws IOException {
        Path runDir = root.resolve("other-config");
        ProgressListener crash = new ProgressListener() {
            @Override
            public void roundFinished(Cell cell, RoundResult round, int totalRounds) {
                throw new Killed();
            }
        };
        assertThatThrownBy(() -> new Runner(protocol, dataDir, runDir, line -> { }).run(crash))
                .isInstanceOf(Killed.class);
        Protocol changed = protocol.with(Map.of("fl.rounds", "3"));
        assertThatThrownBy(() -> new Runner(changed, dataDir, runDir, line -> { }).run(ProgressListener.SILENT))
                .hasMessageContaining("different configuration");
    }

    /** results.csv with the three timing columns blanked. */
    static List<String> withoutTimings(Path runDir) throws IOException {
        List<String> lines = Files.readAllLines(runDir.resolve("results.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<Integer> timing = List.of(header.indexOf("train_seconds"), header.indexOf("query_seconds"),
                header.indexOf("eval_seconds"));
        return lines.stream().map(line -> {
            String[] f = line.split(",", -1);
            timing.forEach(i -> f[i] = "");
            return String.join(",", f);
        }).collect(Collectors.toList());
    }
}
