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

    /** FairFAL's get_img_num_per_cls(100, 'exp', 0.05) with img_max = 50,000 / 100, as Python evaluates it. */
    @Test
    void cifar100AtRho20KeepsTheCountsOfFairFalsCode() {
        int[] counts = LongTail.counts(500, 100, 20);
        assertThat(counts).containsExactly(500, 485, 470, 456, 442, 429, 416, 404, 392, 380, 369, 358, 347, 337, 327,
                317, 308, 298, 290, 281, 272, 264, 256, 249, 241, 234, 227, 220, 214, 207, 201, 195, 189, 184, 178, 173,
                168, 163, 158, 153, 149, 144, 140, 136, 132, 128, 124, 120, 116, 113, 110, 106, 103, 100, 97, 94, 91,
                89, 86, 83, 81, 78, 76, 74, 72, 69, 67, 65, 63, 61, 60, 58, 56, 54, 53, 51, 50, 48, 47, 45, 44, 43, 41,
                40, 39, 38, 37, 35, 34, 33, 32, 31, 30, 29, 29, 28, 27, 26, 25, 25);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(15_907);
    }

    /** The CIFAR-100-LT of LDAM (Cao et al. 2019) at rho 100: 10,847 images, 500 down to 5 per class. */
    @Test
    void cifar100AtRho100TotalsTenThousandEightHundredFortySeven() {
        int[] counts = LongTail.counts(500, 100, 100);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(10_847);
        assertThat(counts[99]).isEqualTo(5);
    }

    @Test
    void hundredClassesSubsampleToTheirCountsInClassOrder() {
        int[] labels = new int[100 * 40];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (i * 37) % 100;
        }
        int[] kept = LongTail.indices(labels, 100, 20, 3);
        int[] histogram = new int[100];
        for (int i : kept) {
            histogram[labels[i]]++;
        }
        assertThat(histogram).containsExactly(LongTail.counts(40, 100, 20));
        assertThat(histogram[0]).isEqualTo(40);
        assertThat(histogram[99]).isEqualTo(2);
        assertThat(kept).isSorted().doesNotHaveDuplicates();
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
