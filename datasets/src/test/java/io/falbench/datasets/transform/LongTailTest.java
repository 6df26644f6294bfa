package io.falbench.datasets.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongTailTest {

    @Test
    void cifar10AtRho20KeepsThePublishedCounts() {
        int[] counts = LongTail.counts(5000, 10, 20);
        assertThat(counts).containsExactly(5000, 3584, 2569, 1842, 1320, 946, 678, 486, 348, 250);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(17_023);
    }

    @Test
    void cifar10AtRho100KeepsThePublishedCounts() {
        int[] counts = LongTail.counts(5000, 10, 100);
        assertThat(counts).containsExactly(5000, 2997, 1796, 1077, 645, 387, 232, 139, 83, 50);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(12_406);
    }

    @Test
    void fashionMnistAtRho20TotalsTwentyThousandFourHundredTwentyEight() {
        assertThat(Arrays.stream(LongTail.counts(6000, 10, 20)).sum()).isEqualTo(20_428);
    }

    @Test
    void subsamplingKeepsTheCountsAndReplaysFromItsSeed() {
        int[] labels = new int[3000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        int[] kept = LongTail.indices(labels, 3, 10, 42);
        int[] histogram = new int[3];
        for (int i : kept) {
            histogram[labels[i]]++;
        }
        assertThat(histogram).containsExactly(LongTail.counts(1000, 3, 10));
        assertThat(LongTail.indices(labels, 3, 10, 42)).containsExactly(kept);
        assertThat(LongTail.indices(labels, 3, 10, 43)).isNotEqualTo(kept);
        assertThat(kept).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRatioBelowOneIsRejected() {
        assertThatThrownBy(() -> LongTail.counts(10, 10, 0.5)).hasMessageContaining("rho must be >= 1");
    }

    @Test
    void aSecondDrawPairsEachPositionWithAnotherImageOfTheSameClass() {
        int[] labels = new int[3000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        int[] kept = LongTail.indices(labels, 3, 10, 42);
        int[] second = LongTail.indices(labels, 3, 10, 43);
        int[] paired = LongTail.pairByClass(labels, kept, second, 3, new SplittableRandom(7));
        assertThat(paired).hasSameSizeAs(kept);
        int same = 0;
        for (int p = 0; p < kept.length; p++) {
            assertThat(labels[paired[p]]).isEqualTo(labels[kept[p]]);
            same += paired[p] == kept[p] ? 1 : 0;
        }
        assertThat(paired).containsExactlyInAnyOrder(second);
        assertThat(same).as("positions holding the same image in both views").isLessThan(kept.length / 10);
        assertThat(LongTail.pairByClass(labels, kept, second, 3, new SplittableRandom(7))).containsExactly(paired);
    }
}
