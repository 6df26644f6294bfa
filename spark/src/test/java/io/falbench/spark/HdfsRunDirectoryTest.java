package io.falbench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.experiment.ProgressListener;
import io.falbench.experiment.RunFiles;
import io.falbench.experiment.Runner;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run directory on a real HDFS (Hadoop's in-process mini cluster): the Spark engine writes it, resumes from it. */
@Tag("spark")
class HdfsRunDirectoryTest {

    @TempDir
    static Path dir;

    static MiniDFSCluster hdfs;

    @BeforeAll
    static void startHdfs() throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        hdfs.waitActive();
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    private static String uri(String path) {
        return "hdfs://localhost:" + hdfs.getNameNodePort() + path;
    }

    private static String read(RunFiles files, String relative) throws IOException {
        try (InputStream in = files.open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void filesAreReplacedWholeAndTheLockIsExclusive() throws IOException {
        RunFiles files = RunLocation.open(uri("/falbench/files"), Map.of());
        files.prepare();
        files.write("cells/a.json", out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        files.write("cells/a.json", out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(read(files, "cells/a.json")).isEqualTo("second");
        assertThat(files.list("cells")).containsExactly("a.json");
        files.append("run.log", "one\n");
        files.append("run.log", "two\n");
        assertThat(read(files, "run.log")).isEqualTo("one\ntwo\n");
        try (RunFiles.Lock lock = files.lock("first")) {
            assertThatThrownBy(() -> files.lock("second")).hasMessageContaining("is in use by driver process")
                    .hasMessageContaining(uri("/falbench/files/run.lock"));
        }
        files.lock("third").close();
    }

    @Test
    @Timeout(SparkEngineTest.HANG_GUARD_SECONDS)
    void theSparkEngineWritesAnHdfsRunDirectoryWithTheLocalEnginesNumbers() throws IOException {
        Protocol protocol = Protocol.load("quickstart").with(Map.of("fl.rounds", "3", "al.rounds", "2"));
        Path local = dir.resolve("local");
        new Runner(protocol, dir.resolve("data"), local, line -> { }).run(ProgressListener.SILENT);

        String out = uri("/falbench/runs/quickstart");
        SparkSettings settings = new SparkSettings("local[2]", 1, out, dir.resolve("data").toString(),
                Map.of("spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress",
                        "127.0.0.1"));
        RunFiles files = RunLocation.open(out, settings.hadoop());
        assertThat(new Runner(protocol, dir.resolve("data"), files, new SparkEngine(settings), line -> { })
                .run(ProgressListener.SILENT)).isEqualTo(4);
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.writeString(copy.resolve("results.csv"), read(files, "results.csv"));
        assertThat(SparkEngineTest.numbers(copy)).isEqualTo(SparkEngineTest.numbers(local));
        assertThat(files.list("cells")).hasSize(4);
        assertThat(files.isFile("run.lock")).as("the lock is released").isFalse();
        assertThat(new Runner(protocol, dir.resolve("data"), files, new SparkEngine(settings), line -> { })
                .run(ProgressListener.SILENT)).as("resumed: nothing left").isZero();
    }
}
