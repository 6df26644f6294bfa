package io.falbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.falbench.experiment.ProgressListener;
import io.falbench.experiment.RunFiles;
import io.falbench.experiment.Runner;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine against the local engine at one native thread per cell: in this process (local[2]) and on a
 * standalone master with two one-core workers on loopback; a worker killed mid-sweep loses no finished cell and the
 * sweep completes on the other.
 */
@Tag("spark")
class SparkEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Guards against a hang only, never a speed check: a loaded 2-core machine runs these in minutes. */
    static final long HANG_GUARD_SECONDS = 3600;
    private static final Pattern PROCESS = Pattern.compile("\\(process (\\d+)\\)");

    @TempDir
    static Path dir;

    static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new StandaloneCluster(Files.createDirectories(dir.resolve("cluster")), 2, 1);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The quickstart, shortened: 4 cells of a few seconds. */
    private static Protocol small() throws IOException {
        return Protocol.load("quickstart").with(Map.of("fl.rounds", "3", "al.rounds", "2"));
    }

    private static SparkSettings settings(String master, Path runDir) {
        return new SparkSettings(master, 1, runDir.toString(), dir.resolve("data").toString(), Map.of(
                "spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                "spark.executor.memory", "1g", SparkSettings.EXECUTOR_WAIT, Long.toString(HANG_GUARD_SECONDS)));
    }

    private static Path runLocal(Protocol protocol, String name) throws IOException {
        Path runDir = dir.resolve(name);
        new Runner(protocol, dir.resolve("data"), runDir, line -> { }).run(ProgressListener.SILENT);
        return runDir;
    }

    private static int runSpark(Protocol protocol, SparkSettings settings) throws IOException {
        return new Runner(protocol, dir.resolve("data"), RunFiles.local(Path.of(settings.runDir())),
                new SparkEngine(settings), line -> { }).run(ProgressListener.SILENT);
    }

    /** results.csv without its timing columns (wall seconds differ from run to run; every number else may not). */
    static List<String> numbers(Path runDir) throws IOException {
        List<String> lines = Files.readAllLines(runDir.resolve("results.csv"));
        String[] header = lines.get(0).split(",", -1);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(",", -1);
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < header.length; i++) {
                if (!header[i].endsWith("_seconds")) {
                    row.append(fields[i]).append(',');
                }
            }
            kept.add(row.toString());
        }
        return kept;
    }

    private static String ranOn(Path cellFile) throws IOException {
        JsonNode cell = JSON.readTree(cellFile.toFile());
        return cell.get("provenance").get("ranOn").asText();
    }

    private static long process(String ranOn) {
        Matcher m = PROCESS.matcher(ranOn);
        assertThat(m.find()).as("a process id in '%s'", ranOn).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The JSON files of a run directory's folder ({@code cells} or {@code checkpoints}), sorted. */
    private static List<Path> jsonFiles(Path runDir, String folder) throws IOException {
        if (!Files.isDirectory(runDir.resolve(folder))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(runDir.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<Path> cellFiles(Path runDir) throws IOException {
        return jsonFiles(runDir, "cells");
    }

    /** The small protocol on the local engine, once for both masters. */
    private static synchronized List<String> localNumbers() throws IOException {
        if (localSmall == null) {
            localSmall = numbers(runLocal(small(), "local-small"));
        }
        return localSmall;
    }

    private static List<String> localSmall;

    @Test
    @Timeout(HANG_GUARD_SECONDS)
    void localMasterGivesTheLocalEnginesNumbers() throws IOException {
        Path spark = dir.resolve("spark-local-small");
        assertThat(runSpark(small(), settings("local[2]", spark))).isEqualTo(4);
        assertThat(numbers(spark)).hasSize(1 + 4 * 3).isEqualTo(localNumbers());
        for (Path cell : cellFiles(spark)) {
            assertThat(ranOn(cell)).startsWith("spark executor driver on ");
        }
        assertThat(runSpark(small(), settings("local[2]", spark))).as("a finished sweep resumes to nothing").isZero();
    }

    @Test
    @Timeout(HANG_GUARD_SECONDS)
    void standaloneClusterGivesTheLocalEnginesNumbers() throws IOException {
        Path spark = dir.resolve("spark-standalone-small");
        assertThat(runSpark(small(), settings(cluster.url(), spark))).isEqualTo(4);
        assertThat(numbers(spark)).isEqualTo(localNumbers());
        for (Path cell : cellFiles(spark)) {
            assertThat(ranOn(cell)).matches("spark executor \\d+ on .*, app app-.*, attempt \\d+");
        }
        assertThat(Files.readString(spark.resolve("run.log"))).contains("preflight passed");
    }

    /**
     * The kill happens at a known point, not after a count that races: a cell that is running on one worker's
     * executor (its start in run.log names the executor) and has a checkpoint but no cell file. That worker is frozen
     * (SIGSTOP) and the cell checked again unfinished before the kill, so it cannot finish in between; otherwise the
     * worker is let go on and the test waits for the next such point.
     */
    @Test
    @Timeout(HANG_GUARD_SECONDS)
    void aWorkerKilledMidSweepLosesNoFinishedCellAndTheOtherFinishes() throws Exception {
        Protocol protocol = Protocol.load("quickstart").with(Map.of("fl.rounds", "6", "al.rounds", "3", "seeds",
                "3"));
        Path spark = dir.resolve("spark-kill");
        CompletableFuture<Integer> sweep = CompletableFuture.supplyAsync(() -> {
            try {
                return runSpark(protocol, settings(cluster.url(), spark));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        KillPoint point = null;
        while (point == null) {
            if (sweep.isDone()) {
                throw new AssertionError("the sweep ended before a cell was seen checkpointed mid-run on a worker after"
                        + " a first cell finished; run.log:\n" + Files.readString(spark.resolve("run.log")));
            }
            point = killPoint(spark);
            if (point == null) {
                Thread.sleep(50);
            }
        }
        List<Path> before = cellFiles(spark);
        Map<Path, byte[]> contents = new HashMap<>();
        Map<Path, FileTime> times = new HashMap<>();
        for (Path cell : before) {
            contents.put(cell, Files.readAllBytes(cell));
            times.put(cell, Files.getLastModifiedTime(cell));
        }
        Set<Long> survivor = cluster.processTree(1 - point.worker());
        cluster.kill(point.worker());
        // the frozen cell was unfinished when the worker died; the survivor may resume and finish it before any
        // listing here, so 'before' (taken while that worker was frozen) is the line between the two workers' cells
        assertThat(before).as("the frozen worker %d's cell %s was unfinished at the kill", point.worker(), point.cell())
                .doesNotContain(spark.resolve("cells").resolve(point.cell() + ".json"));

        assertThat(sweep.get()).isEqualTo(6);
        List<Path> after = cellFiles(spark);
        assertThat(after).hasSize(6);
        for (Path cell : before) {
            assertThat(Files.readAllBytes(cell)).as("%s untouched", cell).isEqualTo(contents.get(cell));
            assertThat(Files.getLastModifiedTime(cell)).isEqualTo(times.get(cell));
        }
        for (Path cell : after) {
            if (!before.contains(cell)) {
                assertThat(survivor).as("cell %s ran on the surviving worker", cell).contains(process(ranOn(cell)));
            }
        }
        JsonNode killed = JSON.readTree(spark.resolve("cells").resolve(point.cell() + ".json").toFile());
        assertThat(killed.get("provenance").get("resumedFromRound").asInt())
                .as("the killed worker's cell %s resumed on the other from its checkpoint (round %d)", point.cell(),
                        point.round()).isEqualTo(point.round());
        assertThat(numbers(spark)).isEqualTo(numbers(runLocal(protocol, "local-kill")));
        assertThat(Files.readString(spark.resolve("run.log"))).contains("lost");
    }

    /** A cell running on {@code worker}, frozen there with its checkpoint of {@code round} and no cell file. */
    private record KillPoint(String cell, int worker, int round) {
    }

    private static final Pattern APP = Pattern.compile(", app (app-[^,]+),");
    private static final Pattern STARTED = Pattern.compile("spark: cell (\\S+) started on executor (\\S+) ");

    /**
     * Once a first cell has finished: a checkpointed, unfinished cell whose last start in run.log names an executor
     * of one of the two workers. Its worker is frozen and the cell checked again; the point is returned with the
     * worker still frozen, or null (the worker let go on) when there is none yet.
     */
    private static KillPoint killPoint(Path runDir) throws IOException, InterruptedException {
        List<Path> finished = cellFiles(runDir);
        if (finished.isEmpty() || !Files.isRegularFile(runDir.resolve("run.log"))) {
            return null;
        }
        Matcher app = APP.matcher(ranOn(finished.get(0)));
        assertThat(app.find()).as("an application id in %s", finished.get(0)).isTrue();
        Map<String, String> executorOfCell = new HashMap<>();
        for (String line : Files.readAllLines(runDir.resolve("run.log"))) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                executorOfCell.put(m.group(1), m.group(2));
            }
        }
        for (Path checkpoint : jsonFiles(runDir, "checkpoints")) {
            String cell = checkpoint.getFileName().toString().replaceFirst("\\.json$", "");
            String executor = executorOfCell.get(cell);
            int worker = executor == null ? -1 : cluster.workerOfExecutor(app.group(1), executor);
            if (worker < 0 || Files.exists(runDir.resolve("cells").resolve(cell + ".json"))) {
                continue;
            }
            cluster.freeze(worker);
            if (Files.exists(checkpoint) && !Files.exists(runDir.resolve("cells").resolve(cell + ".json"))) {
                return new KillPoint(cell, worker, JSON.readTree(checkpoint.toFile()).get("nextRound").asInt());
            }
            cluster.thaw(worker);
        }
        return null;
    }
}
