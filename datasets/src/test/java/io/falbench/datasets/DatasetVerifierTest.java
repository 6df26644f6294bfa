package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetVerifierTest {

    @TempDir
    Path dataDir;

    private static final byte[] CONTENT = "falbench test content".getBytes(StandardCharsets.UTF_8);

    private DatasetSpec spec() {
        return new DatasetSpec("toy", "toy", DatasetFormat.IDX, new ImageShape(1, 1, 1), List.of("a"),
                List.of(new DataFile("one.bin", Sha256.of(CONTENT), CONTENT.length)),
                List.of(new DataFile("two.bin", Sha256.of(CONTENT), CONTENT.length)), List.of(), "none");
    }

    @Test
    void intactFilesVerify() throws IOException {
        Files.createDirectories(dataDir.resolve("toy"));
        Files.write(dataDir.resolve("toy/one.bin"), CONTENT);
        Files.write(dataDir.resolve("toy/two.bin"), CONTENT);
        assertThat(DatasetVerifier.allOk(DatasetVerifier.verify(spec(), dataDir))).isTrue();
    }

    @Test
    void oneFlippedByteIsAMismatchNamingBothHashesAndTheRepairCommand() throws IOException {
        Files.createDirectories(dataDir.resolve("toy"));
        byte[] flipped = CONTENT.clone();
        flipped[3] ^= 1;
        Files.write(dataDir.resolve("toy/one.bin"), flipped);
        List<FileCheck> checks = DatasetVerifier.verify(spec(), dataDir);
        assertThat(checks).extracting(FileCheck::status)
                .containsExactly(FileCheck.Status.MISMATCH, FileCheck.Status.MISSING);
        assertThat(checks.get(0).message())
                .startsWith("checksum mismatch for " + dataDir.resolve("toy/one.bin"))
                .contains("expected " + Sha256.of(CONTENT))
                .contains("got " + Sha256.of(flipped))
                .endsWith("delete it and run scripts/falbench datasets fetch toy");
        assertThat(checks.get(1).message()).contains("two.bin").contains("scripts/falbench datasets fetch toy");
    }
}
