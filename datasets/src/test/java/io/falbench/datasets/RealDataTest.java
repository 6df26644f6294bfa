package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.LongTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known content facts of the real data sets (docs/data.md), on the verified files. */
@Tag("real-data")
class RealDataTest {

    @Test
    void mnistTrainingLabelsHaveThePublishedHistogram() {
        Dataset mnist = RealData.require(DatasetRegistry.MNIST);
        assertThat(mnist.train().classHistogram(10))
                .containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
        assertThat(mnist.test().size()).isEqualTo(10_000);
        assertThat(mnist.train().height()).isEqualTo(28);
    }

    @Test
    void cifar10StartsWithTheKnownLabelsAndIsBalanced() {
        Dataset cifar = RealData.require(DatasetRegistry.CIFAR10);
        assertThat(Arrays.copyOf(cifar.train().labels(), 5)).containsExactly(6, 9, 9, 4, 1);
        assertThat(cifar.train().classHistogram(10)).containsOnly(5000);
        assertThat(cifar.test().classHistogram(10)).containsOnly(1000);
        assertThat(cifar.train().channels()).isEqualTo(3);
    }

    @Test
    void cifar10LongTailedAtRho20HasThePublishedCounts() {
        Dataset cifar = RealData.require(DatasetRegistry.CIFAR10);
        ImageSet longTailed = LongTail.apply(cifar.train(), 10, 20, 0);
        assertThat(longTailed.classHistogram(10))
                .containsExactly(5000, 3584, 2569, 1842, 1320, 946, 678, 486, 348, 250);
        assertThat(longTailed.size()).isEqualTo(17_023);
    }

    /** First labels as JuliaML/MLDatasets.jl documents them for the binary archive (CIFAR100 docstring). */
    @Test
    void cifar100StartsWithTheKnownFineLabelsIsBalancedAndItsLongTailAtRho20Totals15907() {
        Dataset cifar = RealData.requireImported(DatasetRegistry.CIFAR100);
        assertThat(Arrays.copyOf(cifar.train().labels(), 5)).containsExactly(19, 29, 0, 11, 1);
        assertThat(cifar.train().classHistogram(100)).containsOnly(500);
        assertThat(cifar.test().classHistogram(100)).containsOnly(100);
        assertThat(LongTail.apply(cifar.train(), 100, 20, 1).size()).isEqualTo(15_907);
    }

    @Test
    void fashionMnistIsBalancedAndItsLongTailAtRho20Totals20428() {
        Dataset fashion = RealData.require(DatasetRegistry.FASHION_MNIST);
        assertThat(fashion.train().classHistogram(10)).containsOnly(6000);
        assertThat(fashion.test().classHistogram(10)).containsOnly(1000);
        assertThat(LongTail.apply(fashion.train(), 10, 20, 1).size()).isEqualTo(20_428);
    }

    @Test
    void oneFlippedByteInARealFileFailsVerification(@TempDir Path copyDir) throws IOException {
        RealData.require(DatasetRegistry.CIFAR10);
        Path cifarCopy = Files.createDirectories(copyDir.resolve("cifar10"));
        for (DataFile file : DatasetRegistry.CIFAR10.files()) {
            Files.copy(DatasetRegistry.CIFAR10.directory(RealData.dataDir()).resolve(file.name()),
                    cifarCopy.resolve(file.name()));
        }
        Path victim = cifarCopy.resolve("data_batch_3.bin");
        byte[] bytes = Files.readAllBytes(victim);
        bytes[12_345] ^= 0x01;
        Files.write(victim, bytes);
        List<FileCheck> checks = DatasetVerifier.verify(DatasetRegistry.CIFAR10, copyDir);
        assertThat(checks).filteredOn(c -> !c.ok()).singleElement().satisfies(c -> {
            assertThat(c.file().name()).isEqualTo("data_batch_3.bin");
            assertThat(c.message()).contains("expected bbe8596564c0f86427f876058170b84dac6670ddf06d79402899d93ceea26f67")
                    .contains("delete it and run scripts/falbench datasets fetch cifar10");
        });
    }

    @Test
    void theEmbeddedSubsetIsReproducedByteForByteFromTheFullMnist(@TempDir Path out) throws IOException {
        Dataset mnist = RealData.require(DatasetRegistry.MNIST);
        var hashes = MnistMini.make(mnist, out);
        for (DataFile file : DatasetRegistry.MNIST_MINI.files()) {
            assertThat(hashes.get(file.name())).as(file.name()).isEqualTo(file.sha256());
        }
    }
}
