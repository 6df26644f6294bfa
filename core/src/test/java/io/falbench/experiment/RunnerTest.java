package io.falbench.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import io.falbench.runtime.Cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small real run (embedded MNIST, DJL training) checked for the invariants of federated active learning. */
class RunnerTest {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path runDir;

    static final ObjectMapper MAPPER = new ObjectMapper();

    static Protocol protocol;
    static List<CellResult> results;

    static final String TINY = """
            dataset = mnist-mini
            clients = 3
            partitions = dir-balance:0.5
            model = mlp
            strategies = random, margin
            modes = f-al
            seeds = 1
            al.initial = 31
            al.query = 20
            al.rounds = 3
            fl.rounds = 2
            fl.local_epochs = 1
            train.lr = 0.05
            """;

    /** Data rows of results.csv as each cell finished: a long run's table grows with it. */
    static final List<Long> csvRowsAtEachFinish = new ArrayList<>();

    @BeforeAll
    static void runOnce() throws IOException {
        protocol = Protocol.parse("tiny", "test", TINY);
        CsvRowsAtFinish csvWatcher = new CsvRowsAtFinish(runDir);
        int ran = new Runner(protocol, dataDir, runDir, line -> { }).run(csvWatcher);
        csvRowsAtEachFinish.addAll(csvWatcher.rows);
        assertThat(ran).isEqualTo(2);
        results = new ResultStore(runDir).all();
    }

    @Test
    void resultsCsvHoldsEveryFinishedCellAsSoonAsItFinishes() {
        assertThat(csvRowsAtEachFinish).containsExactly(4L, 8L);
    }

    @Test
    void eachRoundSpendsItsBudgetExactlyAndKeepsEveryClientsQuota() {
        for (CellResult result : results) {
            List<RoundResult> rounds = result.rounds();
            assertThat(rounds).hasSize(4);
            for (RoundResult round : rounds) {
                assertThat(round.labels().labelled()).isEqualTo(31 + 20 * round.round());
                assertThat(Arrays.stream(round.labels().perClass()).sum()).isEqualTo(round.labels().labelled());
                assertThat(Arrays.stream(round.labels().perClient()).sum()).isEqualTo(round.labels().labelled());
            }
            assertThat(rounds.get(0).labels().perClient()).containsExactly(11, 10, 10);
            for (int r = 0; r < rounds.size() - 1; r++) {
                assertThat(rounds.get(r).labels().queriedPerClient()).containsExactly(7, 7, 6);
            }
            assertThat(rounds.get(rounds.size() - 1).labels().queriedPerClient()).containsOnly(0);
        }
    }

    @Test
    void cellsOfTheSameSeedShareTheirInitialLabelsAndFirstModel() {
        assertThat(results.get(0).rounds().get(0).accuracy()).isEqualTo(results.get(1).rounds().get(0).accuracy());
        assertThat(results.get(0).rounds().get(0).labels().perClass())
                .containsExactly(results.get(1).rounds().get(0).labels().perClass());
    }

    @Test
    void theSameCellRunTwiceGivesTheSameNumbers() throws IOException {
        PreparedData data = PreparedData.prepare(protocol, dataDir, line -> { });
        CellRunner runner = new CellRunner(protocol, data, RunEnvironment.detect("java"),
                io.falbench.kernels.registry.KernelsRegistry.create("java"));
        CellResult again = runner.run(results.get(0).cell(), ProgressListener.SILENT);
        for (int r = 0; r < again.rounds().size(); r++) {
            assertThat(again.rounds().get(r).accuracy()).isEqualTo(results.get(0).rounds().get(r).accuracy());
            assertThat(again.rounds().get(r).labels().perClass()).containsExactly(results.get(0).rounds().get(r).labels().perClass());
        }
    }

    @Test
    void everyCellCarriesItsProvenanceAndBytesCrossingTheBoundary() {
        Provenance p = results.get(0).provenance();
        assertThat(p.config()).containsEntry("clients", "3");
        assertThat(p.datasetSha256()).hasSize(4);
        assertThat(p.pytorchVersion()).startsWith("2.7.1");
        assertThat(p.phaseSeconds()).containsKeys("train", "query", "evaluate");
        RoundResult first = results.get(0).rounds().get(0);
        // 2 FedAvg rounds x 3 clients, each way one copy of the MLP's weights
        assertThat(first.costs().bytesDown()).isEqualTo(6L * 4 * (784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10));
    }

    @Test
    void aSecondRunOverAFinishedRunDirectoryDoesNoWork() throws IOException {
        Map<Path, FileTime> before = new HashMap<>();
        try (var files = Files.list(runDir.resolve("cells"))) {
            for (Path f : files.toList()) {
                before.put(f, Files.getLastModifiedTime(f));
            }
        }
        assertThat(new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT)).isZero();
        before.forEach((file, time) -> {
            try {
                assertThat(Files.getLastModifiedTime(file)).isEqualTo(time);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(Files.readAllLines(runDir.resolve("results.csv"))).hasSize(1 + 2 * 4);
    }

    @Test
    void aCellRecordedBeforeAKeyWasAddedCountsAsFinishedUnlessARecordedValueDiffers(@TempDir Path copy)
            throws IOException {
        copyRun(copy);
        Path cell = copy.resolve("cells").resolve(results.get(0).cell().id() + ".json");
        ObjectNode json = (ObjectNode) MAPPER.readTree(cell.toFile());
        json.put("configFingerprint", "recorded-by-an-earlier-falbench");
        ObjectNode config = (ObjectNode) json.get("provenance").get("config");
        config.remove("probcover.purity");
        MAPPER.writeValue(cell.toFile(), json);
        assertThat(new Runner(protocol, dataDir, copy, line -> { }).run(ProgressListener.SILENT)).isZero();

        config.put("fl.rounds", "3");
        MAPPER.writeValue(cell.toFile(), json);
        assertThatThrownBy(() -> new Runner(protocol, dataDir, copy, line -> { }).run(ProgressListener.SILENT))
                .hasMessageContaining(cell.getFileName().toString())
                .hasMessageContaining("different configuration of tiny (fl.rounds = 3 there, 2 here)");
    }

    @Test
    void resumingWithOtherClientWorkersThanTheFinishedCellsSaysSoBeforeAnyWork(@TempDir Path copy)
            throws IOException {
        copyRun(copy);
        Files.delete(copy.resolve("cells").resolve(results.get(1).cell().id() + ".json"));
        List<String> lines = new ArrayList<>();
        assertThat(new Runner(protocol.with(Map.of("client_workers", "2")), dataDir, copy, lines::add)
                .run(ProgressListener.SILENT)).isEqualTo(1);
        String threads = RunEnvironment.nativeThreads();
        assertThat(lines).first().asString().startsWith("note: finished cells here ran with client_workers = 1 and"
                + " threads " + threads + ", the cells still to run use client_workers = 2 and threads " + threads);
        assertThat(Files.readString(copy.resolve("run.log"))).contains("the cells still to run use client_workers = 2");

        lines.clear();
        Files.delete(copy.resolve("cells").resolve(results.get(1).cell().id() + ".json"));
        new Runner(protocol, dataDir, copy, lines::add).run(ProgressListener.SILENT);
        assertThat(lines).noneMatch(line -> line.startsWith("note:"));
    }

    @Test
    void resumingOnAnotherCpuThanTheFinishedCellsSaysSoBeforeAnyWork(@TempDir Path copy) throws IOException {
        copyRun(copy);
        String here = Cpu.here().describe();
        assertThat(results.get(0).provenance().cpu()).isEqualTo(here);
        Path cell = copy.resolve("cells").resolve(results.get(0).cell().id() + ".json");
        ObjectNode json = (ObjectNode) MAPPER.readTree(cell.toFile());
        ((ObjectNode) json.get("provenance")).put("cpu", "Other CPU 9000 (avx2)");
        MAPPER.writeValue(cell.toFile(), json);
        Files.delete(copy.resolve("cells").resolve(results.get(1).cell().id() + ".json"));
        List<String> lines = new ArrayList<>();
        new Runner(protocol, dataDir, copy, lines::add).run(ProgressListener.SILENT);
        assertThat(lines).first().asString().isEqualTo("note: finished cells here ran on Other CPU 9000 (avx2), the"
                + " cells still to run run on " + here + ": their numbers can differ in the last bits from what the"
                + " finished cells' machine would give (the vector instructions choose the kernels' summation order);"
                + " each cell records its CPU");
        assertThat(Files.readString(copy.resolve("run.log"))).contains("finished cells here ran on Other CPU 9000");

        lines.clear();
        ((ObjectNode) json.get("provenance")).remove("cpu");
        MAPPER.writeValue(cell.toFile(), json);
        Files.delete(copy.resolve("cells").resolve(results.get(1).cell().id() + ".json"));
        new Runner(protocol, dataDir, copy, lines::add).run(ProgressListener.SILENT);
        assertThat(lines).as("a cell without a recorded CPU says nothing").noneMatch(l -> l.startsWith("note:"));
    }

    @Test
    void theDryRunPlanSaysWhereTheRunStandsAndChangesNothing(@TempDir Path copy) throws IOException {
        copyRun(copy);
        Cell missing = results.get(1).cell();
        Files.delete(copy.resolve("cells").resolve(missing.id() + ".json"));
        RunPlan plan = RunPlan.of(protocol, new ResultStore(copy));
        assertThat(plan.finished()).extracting(CellResult::cell).containsExactly(results.get(0).cell());
        assertThat(plan.pending()).containsExactly(missing);
        assertThat(plan.describe("DIR")).startsWith("tiny in DIR: 2 cells (1 seed, AL rounds 0-3)\n"
                + "  finished 1, started 0, not begun 1\n  the finished cells ran at commit ")
                .contains(" (1) on " + Cpu.here().describe() + " (1)\n  cell time spent: ")
                .contains("left: about ");
        try (var files = Files.list(copy)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("cells");
        }

        ObjectNode json = (ObjectNode) MAPPER.readTree(copy.resolve("cells").resolve(results.get(0).cell().id()
                + ".json").toFile());
        json.put("configFingerprint", "another");
        ((ObjectNode) json.get("provenance").get("config")).put("fl.rounds", "3");
        MAPPER.writeValue(copy.resolve("cells").resolve(results.get(0).cell().id() + ".json").toFile(), json);
        assertThatThrownBy(() -> RunPlan.of(protocol, new ResultStore(copy)))
                .hasMessageContaining("different configuration of tiny (fl.rounds = 3 there, 2 here)");
        RunPlan dry = RunPlan.of(protocol, new ResultStore(copy), false);
        assertThat(dry.pending()).hasSize(2);
        assertThat(dry.describe("DIR")).contains("finished 0, started 0, not begun 2")
                .contains("this falbench would stop before any work (1 file(s)); the first: ")
                .contains("different configuration of tiny (fl.rounds = 3 there, 2 here)");
    }

    private static void copyRun(Path copy) throws IOException {
        Files.createDirectories(copy.resolve("cells"));
        try (var files = Files.list(runDir.resolve("cells"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve("cells").resolve(f.getFileName()));
            }
        }
    }

    @Test
    void aRunDirectoryOfAnotherConfigurationIsRefused() {
        Protocol changed = protocol.with(Map.of("fl.rounds", "3"));
        assertThatThrownBy(() -> new Runner(changed, dataDir, runDir, line -> { }).run(ProgressListener.SILENT))
                .hasMessageContaining("different configuration");
    }
}
