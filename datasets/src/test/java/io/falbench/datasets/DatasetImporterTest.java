package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatasetImporter} on a small CIFAR-100 archive in the publisher's layout (Cifar100Fixture). */
class DatasetImporterTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path downloads;

    private final byte[] train = Cifar100Fixture.records(300);
    private final byte[] test = Cifar100Fixture.records(100);
    private Path archive;
    private DatasetSpec spec;

    @BeforeEach
    void writeTheArchive() throws IOException {
        archive = Cifar100Fixture.archive(downloads, train, test);
        spec = Cifar100Fixture.spec(train, test, archive);
    }

    private List<FileCheck> importFrom(DatasetSpec set, Path... copies) throws IOException {
        return new DatasetImporter(line -> { }).importFrom(set, List.of(copies), dataDir);
    }

    /** Every name in the data directory: a refused import leaves no scratch folder and no partial file. */
    private List<String> dataDirectoryListing() throws IOException {
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(p -> !p.equals(dataDir)).map(p -> dataDir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void theArchiveIsVerifiedUnpackedAndLoadsWithFineLabelsAndPixels() throws IOException {
        assertThat(importFrom(spec, archive)).extracting(FileCheck::status).containsOnly(FileCheck.Status.OK);
        assertThat(dataDirectoryListing()).containsExactly("cifar100", "cifar100/test.bin", "cifar100/train.bin");
        Dataset loaded = DatasetLoader.loadVerified(spec, dataDir, line -> { });
        ImageSet images = loaded.train();
        assertThat(images.size()).isEqualTo(300);
        assertThat(images.classHistogram(100)).containsOnly(3);
        assertThat(Arrays.copyOf(images.labels(), 3)).containsExactly(0, 1, 2);
        assertThat(images.image(201)[1024 + 5]).isEqualTo(Cifar100Fixture.pixel(201, 1024 + 5) / 255f);
        assertThat(loaded.test().size()).isEqualTo(100);
        assertThat(loaded.numClasses()).isEqualTo(100);
    }

    @Test
    void aCorruptedArchiveIsRefusedWithBothHashesAndNothingIsWritten() throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 2] ^= 0x01;
        Path corrupted = Files.write(downloads.resolve("corrupted.tar.gz"), bytes);
        assertThatThrownBy(() -> importFrom(spec, corrupted))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("refused to import cifar100 (nothing written to " + dataDir.resolve("cifar100"))
                .hasMessageContaining(corrupted + ": not the publisher's cifar-100-binary.tar.gz: SHA-256 "
                        + Sha256.of(bytes) + ", expected " + Sha256.of(archive))
                .hasMessageNotContaining("truncated");
        assertThat(dataDirectoryListing()).isEmpty();
    }

    @Test
    void aTruncatedArchiveIsRefusedSayingSo() throws IOException {
        byte[] whole = Files.readAllBytes(archive);
        Path cut = Files.write(downloads.resolve("cut.tar.gz"), Arrays.copyOf(whole, whole.length - 1000));
        assertThatThrownBy(() -> importFrom(spec, cut))
                .hasMessageContaining(cut + ": not the publisher's cifar-100-binary.tar.gz")
                .hasMessageContaining("expected " + Sha256.of(whole))
                .hasMessageContaining("(" + (whole.length - 1000) + " bytes, expected " + whole.length + ": truncated?)");
        assertThat(dataDirectoryListing()).isEmpty();
    }

    @Test
    void theRegistryEntryChecksTheArchiveAgainstThePublishersHash() {
        assertThatThrownBy(() -> importFrom(DatasetRegistry.CIFAR100, archive))
                .hasMessageContaining("expected 58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec")
                .hasMessageContaining("168513733");
    }

    @Test
    void aRefusedImportLeavesAnEarlierGoodCopyAsItWas() throws IOException {
        importFrom(spec, archive);
        Path folder = Files.createDirectories(downloads.resolve("extracted/cifar-100-binary"));
        byte[] flipped = train.clone();
        flipped[5000] ^= 0x40;
        Files.write(folder.resolve("train.bin"), flipped);
        Files.write(folder.resolve("test.bin"), test);
        assertThatThrownBy(() -> importFrom(spec, downloads.resolve("extracted")))
                .hasMessageContaining(folder.resolve("train.bin") + ": SHA-256 " + Sha256.of(flipped) + ", expected "
                        + Sha256.of(train) + " for cifar100/train.bin")
                .hasMessageNotContaining("test.bin:");
        assertThat(DatasetVerifier.allOk(DatasetVerifier.verify(spec, dataDir))).isTrue();
        assertThat(dataDirectoryListing()).containsExactly("cifar100", "cifar100/test.bin", "cifar100/train.bin");
    }

    @Test
    void anExtractedFolderImportsFileByFileAndATruncatedFileIsNamed() throws IOException {
        Path folder = Files.createDirectories(downloads.resolve("cifar-100-binary"));
        Files.write(folder.resolve("train.bin"), Arrays.copyOf(train, train.length - 3074));
        Files.write(folder.resolve("test.bin"), test);
        assertThatThrownBy(() -> importFrom(spec, folder))
                .hasMessageContaining(folder.resolve("train.bin") + ": SHA-256 ")
                .hasMessageContaining("expected " + Sha256.of(train))
                .hasMessageContaining("(" + (train.length - 3074) + " bytes, expected " + train.length + ": truncated?)");
        assertThat(dataDirectoryListing()).isEmpty();

        Files.write(folder.resolve("train.bin"), train);
        assertThat(DatasetVerifier.allOk(importFrom(spec, folder))).isTrue();
    }

    @Test
    void singleFilesMayBeGivenAndAMissingOneIsNamed() throws IOException {
        Path folder = Files.createDirectories(downloads.resolve("loose"));
        Path trainFile = Files.write(folder.resolve("train.bin"), train);
        assertThatThrownBy(() -> importFrom(spec, trainFile))
                .hasMessageContaining("no test.bin in " + trainFile);
        assertThat(dataDirectoryListing()).isEmpty();
        Path testFile = Files.write(folder.resolve("test.bin"), test);
        assertThat(DatasetVerifier.allOk(importFrom(spec, trainFile, testFile))).isTrue();
    }

    @Test
    void aPathThatIsNothingOrHoldsNothingOfTheSetIsRefused() throws IOException {
        assertThatThrownBy(() -> importFrom(spec, downloads.resolve("nope.tar.gz")))
                .hasMessageContaining(downloads.resolve("nope.tar.gz") + ": no such file or folder");
        Path empty = Files.createDirectories(downloads.resolve("empty"));
        assertThatThrownBy(() -> importFrom(spec, empty))
                .hasMessageContaining(empty + ": holds none of the files of cifar100 (train.bin, test.bin)");
        assertThat(dataDirectoryListing()).isEmpty();
    }

    @Test
    void aSetWithoutADeclaredArchiveTakesAnyTarOfItsFilesAndVerifiesEachMember() throws IOException {
        DatasetSpec noArchive = new DatasetSpec("toy100", "toy", DatasetFormat.CIFAR100_BINARY,
                spec.shape(), spec.classNames(), spec.trainFiles(), spec.testFiles(), List.of(), "none");
        Files.createDirectories(dataDir);
        assertThat(DatasetVerifier.allOk(importFrom(noArchive, archive))).isTrue();
        assertThat(noArchive.load(dataDir).train().size()).isEqualTo(300);

        byte[] otherTest = Cifar100Fixture.records(101);
        Path other = Cifar100Fixture.archive(Files.createDirectories(downloads.resolve("other")), train, otherTest);
        assertThatThrownBy(() -> importFrom(noArchive, other))
                .hasMessageContaining(other + " (its test.bin): SHA-256 " + Sha256.of(otherTest) + ", expected "
                        + Sha256.of(test));
    }
}
