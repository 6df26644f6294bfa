package io.falbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Memory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On glibc the C heap's freed pages go back to the operating system when falbench trims it after an AL round, and its
 * thresholds are fixed once per process (the environment's own choice left alone).
 */
class NativeHeapTest {

    @Test
    void freedHeapPagesAreReleased() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && NativeHeap.available(),
                "glibc's malloc_trim is there to call");
        assertThat(trimAfterFreeing64Mb()).as("64 MB of freed 4 KB blocks to release").isTrue();
    }

    @Test
    void onGlibcTheThresholdsAreFixedOnceAndReported() {
        assumeTrue(NativeHeap.available(), "glibc's malloc_trim is there to call");
        assumeTrue(System.getenv("FALBENCH_MALLOC") == null && System.getenv("MALLOC_MMAP_THRESHOLD_") == null
                && System.getenv("MALLOC_TRIM_THRESHOLD_") == null, "the environment chose the allocator");
        String first = NativeHeap.configure();
        assertThat(first).isEqualTo("glibc mmap threshold 32 MiB, trim threshold 2 GiB, trimmed after every AL round"
                + NativeHeap.arenas(System.getenv("MALLOC_ARENA_MAX")));
        assertThat(NativeHeap.configure()).isSameAs(first);
        assertThat(NativeHeap.MMAP_THRESHOLD).isEqualTo(32 * 1024 * 1024);
        assertThat(trimAfterFreeing64Mb()).as("under a 2 GiB trim threshold, an explicit trim still releases them").isTrue();
    }

    @Test
    void theRunLogSaysHowManyArenasTheEnvironmentAllowed() {
        assertThat(NativeHeap.arenas(null)).isEmpty();
        assertThat(NativeHeap.arenas(" ")).isEmpty();
        assertThat(NativeHeap.arenas("1")).isEqualTo(", one malloc arena");
        assertThat(NativeHeap.arenas("4")).isEqualTo(", at most 4 malloc arenas");
    }

    private static boolean trimAfterFreeing64Mb() {
        NativeHeap.trim();
        List<Memory> blocks = new ArrayList<>();
        for (int i = 0; i < 16_384; i++) {
            Memory block = new Memory(4096);
            block.setByte(0, (byte) 1);
            blocks.add(block);
        }
        blocks.forEach(Memory::close);
        return NativeHeap.trim();
    }
}
