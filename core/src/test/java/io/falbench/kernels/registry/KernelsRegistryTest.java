package io.falbench.kernels.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** KernelsRegistry.NAMES is the one list of backend names (the benchmarks and the CLI take theirs from it). */
class KernelsRegistryTest {

    @Test
    void everyRegistryNameMakesTheBackendOfThatName() {
        assertThat(KernelsRegistry.NAMES).doesNotHaveDuplicates().contains("java");
        for (String name : KernelsRegistry.NAMES) {
            assertThat(KernelsRegistry.create(name).name()).isEqualTo(name);
        }
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> KernelsRegistry.create("blas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.join(", ", KernelsRegistry.NAMES));
    }
}
