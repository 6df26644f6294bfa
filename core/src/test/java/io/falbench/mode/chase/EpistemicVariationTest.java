package io.falbench.mode.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** CHASe's epistemic variation: changes of predicted class between consecutive epochs, counted per candidate. */
class EpistemicVariationTest {

    @Test
    void eachChangeFromOneEpochToTheNextCountsOnce() {
        EpistemicVariation variation = new EpistemicVariation(4);
        variation.record(new int[] {0, 1, 2, 3});
        assertThat(variation.flips()).containsExactly(0, 0, 0, 0);
        variation.record(new int[] {1, 1, 2, 0});
        variation.record(new int[] {0, 1, 2, 0});
        variation.record(new int[] {1, 1, 5, 0});
        // candidate 0 changed every epoch (3 of 3), 1 never, 2 once, 3 once
        assertThat(variation.flips()).containsExactly(3, 0, 1, 1);
    }

    @Test
    void predictionsForAnotherNumberOfCandidatesAreRefused() {
        EpistemicVariation variation = new EpistemicVariation(2);
        assertThatThrownBy(() -> variation.record(new int[] {1, 2, 3})).hasMessageContaining("3 predictions for 2");
    }
}
