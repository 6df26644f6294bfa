package io.falbench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.experiment.RunFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hadoop run directory on Hadoop's raw local file system (the code path of hdfs://, without a name node). */
class HadoopRunFilesTest {

    @TempDir
    Path dir;

    private RunFiles files() throws IOException {
        FileSystem raw = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        return new HadoopRunFiles(raw, new org.apache.hadoop.fs.Path(dir.toUri()));
    }

    private static String read(RunFiles files, String relative) throws IOException {
        try (InputStream in = files.open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesWholeFilesAndReplacesThem() throws IOException {
        RunFiles files = files();
        files.write("cells/a.json", out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        files.write("cells/a.json", out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(read(files, "cells/a.json")).isEqualTo("second");
        try (var listing = Files.list(dir.resolve("cells"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFile() throws IOException {
        RunFiles files = files();
        files.write("results.csv", out -> out.write("kept".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> files.write("results.csv", out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessageContaining("cannot write").hasMessageContaining("disk full");
        assertThatThrownBy(() -> files.write("results.csv", out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("no space left on device while writing " + files.where("results.csv")
                + "; free space and rerun: finished cells and AL rounds are kept");
        assertThat(read(files, "results.csv")).isEqualTo("kept");
        assertThat(files.list("")).containsExactly("results.csv");
    }

    @Test
    void listsSortedFilesOnlyAndNothingForAMissingFolder() throws IOException {
        RunFiles files = files();
        assertThat(files.list("cells")).isEmpty();
        assertThat(files.isFile("cells/b.json")).isFalse();
        files.write("cells/b.json", out -> out.write(1));
        files.write("cells/a.json", out -> out.write(1));
        files.write("cells/sub/c.json", out -> out.write(1));
        assertThat(files.list("cells")).containsExactly("a.json", "b.json");
        assertThat(files.isFile("cells/b.json")).isTrue();
        files.delete("cells/b.json");
        files.delete("cells/missing.json");
        assertThat(files.list("cells")).containsExactly("a.json");
    }

    @Test
    void appendsToALog() throws IOException {
        RunFiles files = files();
        files.append("run.log", "one\n");
        files.append("run.log", "two\n");
        assertThat(read(files, "run.log")).isEqualTo("one\ntwo\n");
    }

    @Test
    void oneWriterAtATimeAndTheLockSaysWhoHoldsIt() throws IOException {
        RunFiles files = files();
        try (RunFiles.Lock lock = files.lock("falbench run first")) {
            assertThat(lock.previousHolder()).isEmpty();
            assertThatThrownBy(() -> files.lock("falbench run second"))
                    .hasMessageContaining("is in use by driver process")
                    .hasMessageContaining("falbench run first")
                    .hasMessageContaining("delete " + new org.apache.hadoop.fs.Path(dir.resolve("run.lock").toUri()));
        }
        try (RunFiles.Lock again = files.lock("falbench run second")) {
            assertThat(read(files, "run.lock")).contains("falbench run second");
        }
    }

    @Test
    void aRunDirectoryThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        FileSystem raw = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        RunFiles files = new HadoopRunFiles(raw, new org.apache.hadoop.fs.Path(file.toUri()));
        assertThatThrownBy(files::prepare).hasMessageContaining("is a file, not a directory");
    }

    @Test
    void locationsChooseLocalFoldersOrHadoop() {
        assertThat(RunLocation.isLocal("reports/runs/x")).isTrue();
        assertThat(RunLocation.isLocal("/abs/path")).isTrue();
        assertThat(RunLocation.isLocal("file:///abs/path")).isTrue();
        assertThat(RunLocation.localPath("file:///abs/path")).isEqualTo(Path.of("/abs/path"));
        assertThat(RunLocation.isLocal("hdfs://namenode:8020/runs/x")).isFalse();
        assertThat(RunLocation.isLocal("s3a://bucket/runs/x")).isFalse();
        assertThatThrownBy(() -> RunLocation.open("nosuchfs://host/x", Map.of()))
                .hasMessageContaining("cannot open the file system of --out nosuchfs://host/x");
    }
}
