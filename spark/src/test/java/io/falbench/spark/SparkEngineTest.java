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
                "spark.executor.memory", "1g"));
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
    @Timeout(300)
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
    @Timeout(600)
    void standaloneClusterGivesTheLocalEnginesNumbers() throws IOException {
        Path spark = dir.resolve("spark-standalone-small");
        assertThat(runSpark(small(), settings(cluster.url(), spark))).isEqualTo(4);
        assertThat(numbers(spark)).isEqualTo(localNumbers());
        for (Path cell : cellFiles(spark)) {
            assertThat(ranOn(cell)).matches("spark executor \\d+ on .*, app app-.*, attempt \\d+");
        }
        assertThat(Files.readString(spark.resolve("run.log"))).contains("preflight passed");
    }

    @Test
    @Timeout(900)
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
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (cellFiles(spark).isEmpty() && !sweep.isDone()) {
            assertThat(System.nanoTime()).as("a first cell within 5 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
        // both workers mid-cell, past a round: the victim's cell leaves a checkpoint for the survivor to resume
        while (jsonFiles(spark, "checkpoints").size() < 2 && !sweep.isDone()) {
            assertThat(System.nanoTime()).as("two cells checkpointed within 5 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        List<Path> before = cellFiles(spark);
        assertThat(before).as("cells finished before the kill").isNotEmpty();
        long firstExecutor = process(ranOn(before.get(0)));
        int victim = cluster.processTree(0).contains(firstExecutor) ? 0 : 1;
        assertThat(cluster.processTree(victim)).contains(firstExecutor);
        Set<Long> survivor = cluster.processTree(1 - victim);
        Map<Path, byte[]> contents = new HashMap<>();
        Map<Path, FileTime> times = new HashMap<>();
        for (Path cell : before) {
            contents.put(cell, Files.readAllBytes(cell));
            times.put(cell, Files.getLastModifiedTime(cell));
        }
        cluster.kill(victim);
        List<Path> atKill = cellFiles(spark);

        assertThat(sweep.get(10, TimeUnit.MINUTES)).isEqualTo(6);
        List<Path> after = cellFiles(spark);
        assertThat(after).hasSize(6);
        for (Path cell : before) {
            assertThat(Files.readAllBytes(cell)).as("%s untouched", cell).isEqualTo(contents.get(cell));
            assertThat(Files.getLastModifiedTime(cell)).isEqualTo(times.get(cell));
        }
        int resumed = 0;
        for (Path cell : after) {
            if (!atKill.contains(cell)) {
                assertThat(survivor).as("cell %s ran on the surviving worker", cell).contains(process(ranOn(cell)));
                resumed += JSON.readTree(cell.toFile()).get("provenance").get("resumedFromRound").asInt() > 0 ? 1 : 0;
            }
        }
        assertThat(resumed).as("the killed worker's cell resumed on the other from its checkpoint").isPositive();
        assertThat(numbers(spark)).isEqualTo(numbers(runLocal(protocol, "local-kill")));
        assertThat(Files.readString(spark.resolve("run.log"))).contains("lost");
    }
}
