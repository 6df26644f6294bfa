package io.falbench.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.model.Predictions;
import io.falbench.strategy.TopScores;
import io.falbench.strategy.Toy;
import org.junit.jupiter.api.Test;

/** KAFAL's and LoGo's selection rules on hand-computed toys. */
class LocalRulesTest {

    @Test
    void kafalScoresTheSymmetricKlOfCountAdjustedPredictions() {
        Predictions global = Toy.predictions(new float[][] {{0.5f, 0.5f}, {0.5f, 0.5f}}, new float[][] {{0}, {0}});
        Predictions local = Toy.predictions(new float[][] {{0.9f, 0.1f}, {0.5f, 0.5f}}, new float[][] {{0}, {0}});
        // client A holds no labels: uniform prior; (0.5-0.9)ln(0.5/0.9) + (0.5-0.1)ln(0.5/0.1) = 0.87889
        double[] a = KafalQuery.scores(global, local, new int[] {0, 0});
        assertThat(a[0]).isCloseTo(0.4 * Math.log(0.9 / 0.5) + 0.4 * Math.log(5), within(1e-6));
        assertThat(a[1]).isCloseTo(0.0, within(1e-12));
        assertThat(TopScores.top(a, 1)).containsExactly(0);
        // client B holds 3 labels of class 0: prior (4, 1) -> g' = (0.8, 0.2), l' = (3.6, 0.1)/3.7
        double[] b = KafalQuery.scores(global, local, new int[] {3, 0});
        double l0 = 3.6 / 3.7;
        double l1 = 0.1 / 3.7;
        assertThat(b[0]).isCloseTo((0.8 - l0) * Math.log(0.8 / l0) + (0.2 - l1) * Math.log(0.2 / l1), within(1e-6));
        assertThat(b[0]).isLessThan(a[0]);
    }

    @Test
    void logoTakesTheHighestEntropyMemberOfEachClusterThenRefillsRoundRobin() {
        float[] entropy = {0.1f, 0.9f, 0.5f, 0.4f, 0.2f};
        assertThat(LogoQuery.pick(new int[] {0, 0, 1, 1, 2}, entropy, 3)).containsExactly(1, 2, 4);
        assertThat(LogoQuery.pick(new int[] {0, 0, 1, 1, 2}, entropy, 4)).containsExactly(1, 2, 4, 0);
        // cluster 1 empty: its share goes round-robin to the next members of the others
        assertThat(LogoQuery.pick(new int[] {0, 0, 0, 2, 2}, entropy, 3)).containsExactly(1, 3, 2);
    }
}
