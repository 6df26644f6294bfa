package io.falbench.datasets.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StratifiedSampleTest {

    @Test
    void largestRemainderSharesSumToTheTotalAndFollowTheProportions() {
        assertThat(StratifiedSample.largestRemainder(new int[] {50, 30, 20}, 7)).containsExactly(4, 2, 1);
        assertThat(StratifiedSample.largestRemainder(new int[] {1, 1, 1}, 2)).containsExactly(1, 1, 0);
    }

    @Test
    void aStratifiedSampleKeepsEachClassShareAndHasNoDuplicates() {
        int[] labels = new int[1000];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i < 600 ? 0 : (i < 900 ? 1 : 2);
        }
        int[] sample = StratifiedSample.indices(labels, 3, 100, 5);
        int[] histogram = new int[3];
        for (int i : sample) {
            histogram[labels[i]]++;
        }
        assertThat(histogram).containsExactly(60, 30, 10);
        assertThat(sample).doesNotHaveDuplicates().isSorted();
        assertThat(StratifiedSample.indices(labels, 3, 100, 5)).containsExactly(sample);
    }
}
