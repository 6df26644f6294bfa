package io.falbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

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
        String errors = console.err();
        assertThat(errors).contains("checksum mismatch for " + labels)
                .contains("expected f5b062e6b83d0bca50240ffe07cbbbfe12504fb595744ee01cd72992310c242b")
                .contains("delete it and run scripts/falbench datasets fetch mnist-mini")
                .contains("1 file(s) missing or corrupt");
    }

    @Test
    void verifyOfAnEmptyDataDirectoryNamesEveryMissingFile() {
        assertThat(falbench("datasets", "verify", "cifar10", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(console.err()).contains("missing").contains("data_batch_1.bin")
                .contains("test_batch.bin").contains("6 file(s) missing or corrupt");
    }

    @Test
    void infoShowsTheClassHistogramOfTheEmbeddedSubset() {
        assertThat(falbench("datasets", "info", "mnist-mini", "--data-dir", dataDir.toString())).isZero();
        assertThat(console.out()).contains("train   4,000 images 1x28x28")
                .contains("test    1,000 images");
    }

    @Test
    void anUnknownDataSetIsAClearErrorNotAStackTrace() {
        assertThat(falbench("datasets", "info", "svhn", "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("falbench: unknown data set 'svhn'; known:");
    }

    @Test
    void aMistypedDataSetNamesTheNearestOne() {
        assertThat(falbench("datasets", "verify", "fmnst", "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("falbench: unknown data set 'fmnst'; did you mean 'fashion-mnist'?");
    }

    @Test
    void fetchVerifyAndInfoTakeAnAliasAndWorkUnderTheCanonicalName() {
        assertThat(falbench("datasets", "fetch", "mnist_mini", "--data-dir", dataDir.toString())).isZero();
        assertThat(dataDir.resolve("mnist-mini/train-images-idx3-ubyte")).isRegularFile();
        assertThat(falbench("datasets", "verify", "MNIST_MINI", "--data-dir", dataDir.toString())).isZero();
        assertThat(falbench("datasets", "info", "mnist_mini", "--data-dir", dataDir.toString())).isZero();
        assertThat(console.out()).contains("mnist-mini: embedded stratified MNIST subset").contains("also: mnist_mini")
                .contains("images: 1x28x28; normalisation: reference none, kafal (none known)");
    }

    @Test
    void importRefusesACopyThatIsNotThePublishersArchiveAndWritesNothing(@TempDir Path downloads) throws Exception {
        byte[] notTheArchive = new byte[4096];
        notTheArchive[0] = 0x1f;
        Path copy = Files.write(downloads.resolve("cifar-100-binary.tar.gz"), notTheArchive);
        String actual = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(notTheArchive));
        assertThat(falbench("datasets", "import", "cifar-100", copy.toString(), "--data-dir", dataDir.toString()))
                .isEqualTo(1);
        assertThat(console.err()).startsWith("falbench: refused to import cifar100 (nothing written to "
                        + dataDir.resolve("cifar100") + ")")
                .contains(copy + ": not the publisher's cifar-100-binary.tar.gz: SHA-256 " + actual)
                .contains("expected 58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec")
                .contains("(4096 bytes, expected 168513733: truncated?)");
        try (var listing = Files.list(dataDir)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void importTakesAFolderHoldingTheFilesOfAnyDataSet(@TempDir Path elsewhere) {
        assertThat(falbench("datasets", "fetch", "mnist-mini", "--data-dir", elsewhere.toString())).isZero();
        assertThat(falbench("datasets", "import", "mnist_mini", elsewhere.resolve("mnist-mini").toString(),
                "--data-dir", dataDir.toString())).isZero();
        assertThat(console.out()).contains("imported " + dataDir.resolve("mnist-mini/train-images-idx3-ubyte"))
                .contains("mnist-mini: all 4 files verified");
        assertThat(falbench("datasets", "verify", "mnist-mini", "--data-dir", dataDir.toString())).isZero();
    }

    @Test
    void importNeedsAPathAndNamesOneThatIsNotThere() {
        assertThat(falbench("datasets", "import", "cifar100", "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(console.err()).contains("Missing required parameter: 'PATH'");
        Path missing = dataDir.resolve("no-such.tar.gz");
        assertThat(falbench("datasets", "import", "cifar100", missing.toString(), "--data-dir", dataDir.toString()))
                .isEqualTo(1);
        assertThat(console.err()).contains(missing + ": no such file or folder");
    }

    @Test
    void infoOfAMissingCifar100NamesTheFetchAndTheImport() {
        assertThat(falbench("datasets", "info", "cifar_100", "--data-dir", dataDir.toString())).isNotZero();
        assertThat(console.err()).contains("data set cifar100 is not ready under " + dataDir)
                .contains("train.bin").contains("scripts/falbench datasets import cifar100 PATH");
    }

    @Test
    void anAliasOfAMissingDataSetNamesTheCanonicalFiles() {
        assertThat(falbench("datasets", "verify", "fmnist", "--data-dir", dataDir.toString())).isEqualTo(1);
        assertThat(console.err()).contains(dataDir.resolve("fashion-mnist/train-images-idx3-ubyte").toString())
                .contains("4 file(s) missing or corrupt");
        assertThat(falbench("datasets", "info", "fmnist", "--data-dir", dataDir.toString())).isNotZero();
        assertThat(console.err()).contains("data set fashion-mnist is not ready under " + dataDir);
    }
}
