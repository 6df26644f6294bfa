package io.falbench.mode.feal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FEAL's relaxation on hand-computed cases. */
class NeighbourRelaxationTest {

    /**
     * Five candidates in the plane: 0 = (1, 0) and 1 = (0.99, 0.141) are near (cosine 0.99), 2 = (0, 1) and
     * 3 = (0.1, 0.995) are near (0.995), 4 = (-1, 0) is near nothing.
     */
    private static final float[] FEATURES = {1, 0, 0.99f, 0.141f, 0, 1, 0.1f, 0.995f, -1, 0};
    private static final int[] RANKING = {0, 1, 2, 3, 4};

    @Test
    void aCandidateWhoseNearestNeighbourWasTakenIsPassedOver() {
        // 1's nearest is 0 (taken), 3's is 2 (taken); 4 has none above 0.9, so fewer than k: taken
        assertThat(NeighbourRelaxation.pick(RANKING, FEATURES, 2, 1, 0.9, 3)).containsExactly(0, 2, 4);
        // the walk's order is the ranking's
        assertThat(NeighbourRelaxation.pick(new int[] {3, 4, 1, 0, 2}, FEATURES, 2, 1, 0.9, 3))
                .containsExactly(3, 4, 1);
    }

    @Test
    void aWalkEndingShortIsFilledWithTheHighestPositionsNotChosenBeforeTheChosen() {
        // the walk takes 0, 2 and 4; the reference's remain + chosen cut to its last 4 puts position 3 first
        assertThat(NeighbourRelaxation.pick(RANKING, FEATURES, 2, 1, 0.9, 4)).containsExactly(3, 0, 2, 4);
        assertThat(NeighbourRelaxation.pick(RANKING, FEATURES, 2, 1, 0.9, 9)).containsExactly(1, 3, 0, 2, 4);
    }

    @Test
    void withFewerThanKNeighboursAboveTheThresholdEveryCandidateIsTaken() {
        assertThat(NeighbourRelaxation.pick(RANKING, FEATURES, 2, 2, 0.9, 3)).containsExactly(0, 1, 2);
        // a threshold no pair exceeds: plain top-b by uncertainty
        assertThat(NeighbourRelaxation.pick(RANKING, FEATURES, 2, 1, 0.999, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void neighboursAreTheMostSimilarAboveTheThresholdWithoutTheCandidateItselfAndAZeroRowIsOutside() {
        float[] features = {1, 0, 0.9f, 0.1f, 0.8f, 0.6f, 0.99f, 0.01f, 0, 0};
        double[][] unit = NeighbourRelaxation.unit(features, 2, 5);
        assertThat(NeighbourRelaxation.nearest(unit, 0, 2, 0.5)).containsExactly(3, 1);
        assertThat(NeighbourRelaxation.nearest(unit, 0, 5, 0.5)).containsExactly(3, 1, 2);
        // the zero row: no neighbours, and no one's neighbour, at any threshold (the reference's NaN similarity)
        assertThat(unit[4]).isNull();
        assertThat(NeighbourRelaxation.nearest(unit, 4, 2, -1)).isEmpty();
        assertThat(NeighbourRelaxation.nearest(unit, 2, 5, -1)).containsExactly(1, 3, 0);
    }
}
