package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int falbench(String... args) {
        return Falbench.commandLine().execute(args);
    }

    @Test
    void fetchThenVerifySucceedsAndAFlippedByteMakesVerifyFailWithTheRepairCommand() throws Exception {
        assertThat(falbench("datasets", "fetch", "mnist-mini", "--data-dir", dataDir.toString())).isZero();
        assertThat(falbench("datasets", "verify", "mnist-mini", "--data-dir", dataDir.toString())).isZero();

        Path labels = dataDir.resolve("mnist-mini/train-labels-idx1-ubyte");
        byte[] bytes = Files.readAllBytes(labels);
        bytes[100] ^= 0x01;
        Files.write(labels, bytes);

        assertThat(falbench("datasets", "verify", "mnist-mini", "--data-dir", dataDir.toString())).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("checksum mismatch for " + labels)
                .contains("expected f5b062e6b83d0bca50240ffe07cbbbfe12504fb595744ee01cd72992310c242b")
                .contains("delete it and run scripts/falbench datasets fetch mnist-mini")
                .contains("1 file(s) missing or corrupt");
    }

    @Test
    void verifyOfAnEmptyDataDirectoryNamesEveryMissingFile() {
        assertThat(falbench("datasets", "verify", "cifar10", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing").contains("data_batch_1.bin")
                .contains("test_batch.bin").contains("6 file(s) missing or corrupt");
    }

    @Test
    void infoShowsTheClassHistogramOfTheEmbeddedSubset() {
        assertThat(falbench("datasets", "info", "mnist-mini", "--data-dir", dataDir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("train   4,000 images 1x28x28")
                .contains("test    1,000 images");
    }

    @Test
    void anUnknownDataSetIsAClearErrorNotAStackTrace() {
        assertThat(falbench("datasets", "info", "svhn", "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("falbench: unknown data set 'svhn'; known:");
    }
}
