package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetRegistryTest {

    @Test
    void namesAreCaseInsensitiveAndAliasesResolve() {
        assertThat(DatasetRegistry.get("CIFAR-10")).isSameAs(DatasetRegistry.CIFAR10);
        assertThat(DatasetRegistry.get("fmnist")).isSameAs(DatasetRegistry.FASHION_MNIST);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> DatasetRegistry.get("svhn"))
                .hasMessage("unknown data set 'svhn'; known: mnist, fashion-mnist, cifar10, mnist-mini");
    }

    @Test
    void everyFileHasAFullSha256() {
        for (DatasetSpec spec : DatasetRegistry.all()) {
            assertThat(spec.files()).allSatisfy(f -> assertThat(f.sha256()).matches("[0-9a-f]{64}"));
            assertThat(spec.sources()).isNotEmpty();
        }
    }
}
