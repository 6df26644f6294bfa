package io.falbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Memory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On glibc the C heap's freed pages go back to the operating system when falbench trims it after an AL round. */
class NativeHeapTest {

    @Test
    void freedHeapPagesAreReleased() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && NativeHeap.available(),
                "glibc's malloc_trim is there to call");
        NativeHeap.trim();
        List<Memory> blocks = new ArrayList<>();
        for (int i = 0; i < 16_384; i++) {
            Memory block = new Memory(4096);
            block.setByte(0, (byte) 1);
            blocks.add(block);
        }
        blocks.forEach(Memory::close);
        assertThat(NativeHeap.trim()).as("64 MB of freed 4 KB blocks to release").isTrue();
    }
}
