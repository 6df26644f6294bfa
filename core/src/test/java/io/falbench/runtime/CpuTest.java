package io.falbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CpuTest {

    @Test
    void describesTheModelAndOnlyItsVectorInstructionSetsInAFixedOrder() {
        Cpu cpu = new Cpu("Test CPU 9000", Set.of("sse2", "avx512_bf16", "avx2", "fpu", "avx", "avx512f", "fma"));
        assertThat(cpu.describe()).isEqualTo("Test CPU 9000 (avx avx2 fma avx512f avx512_bf16)");
        assertThat(new Cpu("Old CPU", Set.of("sse2")).describe()).isEqualTo("Old CPU (no vector flags known)");
    }

    @Test
    void readsThisMachinesCpuOnce() {
        assertThat(Cpu.here()).isSameAs(Cpu.here());
        assertThat(Cpu.here().describe()).startsWith(Cpu.here().model() + " (");
    }
}
