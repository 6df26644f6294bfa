package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parts of whole inference batches: at most the parts asked for, covering every image, each but the last whole. */
class BatchAlignedPartTest {

    @Test
    void partsAreWholeBatchesThatCoverTheImagesInAtMostTheGivenNumber() {
        int batch = Network.batchAlignedPart(1, 1);
        assertThat(batch).isEqualTo(64);
        for (int n : new int[] {1, 63, 64, 65, 333, 10_000, 17_023}) {
            for (int parts = 1; parts <= 5; parts++) {
                int part = Network.batchAlignedPart(n, parts);
                assertThat(part % batch).as("n %d parts %d", n, parts).isZero();
                int count = (n + part - 1) / part;
                assertThat(count).as("n %d parts %d", n, parts).isBetween(1, parts);
                assertThat(part * (count - 1)).as("only the last part is short").isLessThan(n);
            }
        }
        assertThat(Network.batchAlignedPart(10_000, 2)).isEqualTo(79 * 64);
        assertThat(Network.batchAlignedPart(0, 2)).isPositive();
    }
}
