package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRegistryTest {

    @Test
    void everyFileHasAFullSha256() {
        for (DatasetSpec spec : DatasetRegistry.all()) {
            assertThat(spec.files()).allSatisfy(f -> assertThat(f.sha256()).matches("[0-9a-f]{64}"));
            assertThat(spec.sources()).isNotEmpty();
        }
    }

    @Test
    void theConstantsLiveOnTheEntries() {
        assertThat(DatasetRegistry.MNIST.shape()).isEqualTo(new ImageShape(1, 28, 28));
        assertThat(DatasetRegistry.CIFAR10.shape()).isEqualTo(new ImageShape(3, 32, 32));
        assertThat(DatasetRegistry.FASHION_MNIST.numClasses()).isEqualTo(10);
        assertThat(DatasetRegistry.MNIST.referenceNormalization().isNone()).isTrue();
        assertThat(DatasetRegistry.MNIST_MINI.referenceNormalization().isNone()).isTrue();
        assertThat(DatasetRegistry.FASHION_MNIST.referenceNormalization().mean()).containsExactly(0.286f);
        assertThat(DatasetRegistry.FASHION_MNIST.referenceNormalization().std()).containsExactly(0.353f);
        assertThat(DatasetRegistry.CIFAR10.referenceNormalization().mean()).containsExactly(0.485f, 0.456f, 0.406f);
        assertThat(DatasetRegistry.CIFAR10.kafalNormalization().orElseThrow().std())
                .containsExactly(0.2023f, 0.1994f, 0.2010f);
        assertThat(DatasetRegistry.MNIST.kafalNormalization()).isEmpty();
        assertThat(DatasetRegistry.FASHION_MNIST.aliases()).contains("fmnist");
    }

    @Test
    void cifar100HasOneHundredFineClassesTheImageNetStatisticsAndThePublishersArchive() {
        DatasetSpec cifar100 = DatasetRegistry.CIFAR100;
        assertThat(cifar100.numClasses()).isEqualTo(100);
        assertThat(cifar100.classNames()).doesNotHaveDuplicates().startsWith("apple", "aquarium_fish")
                .endsWith("woman", "worm").contains("crab", "lawn_mower", "sweet_pepper");
        assertThat(cifar100.shape()).isEqualTo(new ImageShape(3, 32, 32));
        assertThat(cifar100.referenceNormalization().mean()).containsExactly(0.485f, 0.456f, 0.406f);
        assertThat(cifar100.kafalNormalization()).isEmpty();
        assertThat(cifar100.files()).extracting(DataFile::name, DataFile::bytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("train.bin", 153_700_000L),
                        org.assertj.core.groups.Tuple.tuple("test.bin", 30_740_000L));
        assertThat(cifar100.archive()).hasValueSatisfying(a -> assertThat(a.sha256())
                .isEqualTo("58a81ae192c23a4be8b1804d68e518ed807d710a4eb253b1f2a199162a40d8ec"));
        assertThat(cifar100.aliases()).containsExactly("cifar-100", "cifar_100");
        assertThat(cifar100.repairCommand()).isEqualTo("scripts/falbench datasets fetch cifar100 (offline:"
                + " scripts/falbench datasets import cifar100 PATH, PATH your copy of cifar-100-binary.tar.gz)");
        assertThat(DatasetRegistry.CIFAR10.repairCommand()).isEqualTo("scripts/falbench datasets fetch cifar10");
    }

    @Test
    void onlyTheSubsetIsEmbedded() {
        assertThat(DatasetRegistry.all().stream().filter(DatasetSpec::embedded))
                .containsExactly(DatasetRegistry.MNIST_MINI);
    }

    @Test
    void normalisationConstantsMustFitTheChannels() {
        assertThatThrownBy(() -> DatasetRegistry.MNIST.referenceNormalization(DatasetRegistry.CIFAR10
                .referenceNormalization()))
                .hasMessage("mnist: reference normalisation for 3 channels, images have 1");
    }

    @Test
    void imagesOfAnotherShapeThanDeclaredAreAClearError(@TempDir Path dataDir) throws IOException {
        DatasetSpec mini = DatasetRegistry.MNIST_MINI;
        DatasetLoader.loadVerified(mini, dataDir, line -> { });
        DatasetSpec wrong = new DatasetSpec(mini.name(), mini.description(), mini.format(), new ImageShape(1, 32, 32),
                mini.classNames(), mini.trainFiles(), mini.testFiles(), mini.sources(), mini.licence());
        assertThatThrownBy(() -> wrong.load(dataDir))
                .isInstanceOf(IOException.class)
                .hasMessage(dataDir.resolve("mnist-mini/train-images-idx3-ubyte") + ": holds 1x28x28 images, but"
                        + " data set 'mnist-mini' declares 1x32x32; correct the shape of its entry in DatasetRegistry,"
                        + " or delete the file and run scripts/falbench datasets fetch mnist-mini");
    }
}
