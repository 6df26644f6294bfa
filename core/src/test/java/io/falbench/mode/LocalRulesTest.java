package io.falbench.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.model.Predictions;
import io.falbench.strategy.TopScores;
import io.falbench.strategy.Toy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** KAFAL's and LoGo's selection rules on hand-computed toys. */
class LocalRulesTest {

    private final Predictions global = Toy.predictions(new float[][] {{0.5f, 0.5f}, {0.5f, 0.5f}},
            new float[][] {{0}, {0}});
    private final Predictions local = Toy.predictions(new float[][] {{0.9f, 0.1f}, {0.5f, 0.5f}},
            new float[][] {{0}, {0}});

    @Test
    void kafalPlusOneScoresHalfTheSymmetricKlOfCountAdjustedPredictions() {
        // client A holds no labels: prior (1, 1); 0.5 [(0.5-0.9)ln(0.5/0.9) + (0.5-0.1)ln(0.5/0.1)] = 0.43944
        double[] a = KafalQuery.scores(global, local, KafalQuery.prior(new int[] {0, 0}, false));
        assertThat(a[0]).isCloseTo(0.5 * (0.4 * Math.log(0.9 / 0.5) + 0.4 * Math.log(5)), within(1e-6));
        assertThat(a[1]).isCloseTo(0.0, within(1e-12));
        assertThat(TopScores.top(a, 1)).containsExactly(0);
        // client B holds 3 labels of class 0: prior (4, 1) -> g' = (0.8, 0.2), l' = (3.6, 0.1)/3.7
        double[] b = KafalQuery.scores(global, local, KafalQuery.prior(new int[] {3, 0}, false));
        double l0 = 3.6 / 3.7;
        double l1 = 0.1 / 3.7;
        assertThat(b[0]).isCloseTo(0.5 * ((0.8 - l0) * Math.log(0.8 / l0) + (0.2 - l1) * Math.log(0.2 / l1)),
                within(1e-6));
        assertThat(b[0]).isLessThan(a[0]);
    }

    @Test
    void kafalRawPriorDropsAClassWithoutLabelsFromBothDistributions() {
        float[][] none = {{0}, {0}};
        Predictions g = Toy.predictions(new float[][] {{0.5f, 0.3f, 0.2f}, {0.2f, 0.2f, 0.6f}}, none);
        Predictions l = Toy.predictions(new float[][] {{0.2f, 0.6f, 0.2f}, {0.1f, 0.1f, 0.8f}}, none);
        // counts (2, 1, 0): class 2 drops out; row 0: g' = (1.0, 0.3)/1.3, l' = (0.4, 0.6)/1.0
        double[] scores = KafalQuery.scores(g, l, KafalQuery.prior(new int[] {2, 1, 0}, true));
        double g0 = 1.0 / 1.3;
        double g1 = 0.3 / 1.3;
        double expected = 0.5 * ((g0 - 0.4) * Math.log(g0 / 0.4) + (g1 - 0.6) * Math.log(g1 / 0.6));
        assertThat(scores[0]).isCloseTo(expected, within(1e-6));
        // row 1 differs only in the dropped class: g' = l' = (2/3, 1/3), score 0 (plus-one would keep class 2)
        assertThat(scores[1]).isCloseTo(0.0, within(1e-7));
        assertThat(KafalQuery.scores(g, l, KafalQuery.prior(new int[] {2, 1, 0}, false))[1]).isGreaterThan(0.01);
    }

    @Test
    void kafalRawScoresStayFiniteWhenAClientLacksClassesOrLabelsOrTheModelsAreCertain() {
        Predictions g = Toy.predictions(new float[][] {{1f, 0f, 0f}, {0f, 0f, 1f}}, new float[][] {{0}, {0}});
        Predictions l = Toy.predictions(new float[][] {{0f, 1f, 0f}, {0f, 1f, 0f}}, new float[][] {{0}, {0}});
        for (int[] counts : new int[][] {{0, 5, 0}, {5, 0, 0}, {0, 0, 0}, {1, 1, 1}}) {
            double[] scores = KafalQuery.scores(g, l, KafalQuery.prior(counts, true));
            assertThat(Arrays.stream(scores).allMatch(s -> Double.isFinite(s) && s >= 0)).as(Arrays.toString(counts))
                    .isTrue();
        }
        // a client without labels uses equal counts: the plain symmetric KL, the same as any equal counts
        assertThat(KafalQuery.prior(new int[] {0, 0, 0}, true)).containsExactly(1, 1, 1);
        assertThat(KafalQuery.scores(g, l, KafalQuery.prior(new int[] {0, 0, 0}, true)))
                .containsExactly(KafalQuery.scores(g, l, KafalQuery.prior(new int[] {4, 4, 4}, true)));
    }

    @Test
    void logoTakesTheHighestEntropyMemberOfEachClusterThenRefillsRoundRobin() {
        float[] entropy = {0.1f, 0.9f, 0.5f, 0.4f, 0.2f};
        assertThat(LogoPicks.pick(new int[] {0, 0, 1, 1, 2}, entropy, 3, false)).containsExactly(1, 2, 4);
        assertThat(LogoPicks.pick(new int[] {0, 0, 1, 1, 2}, entropy, 4, false)).containsExactly(1, 2, 4, 0);
        // cluster 1 empty: its share goes round-robin to the next members of the others
        assertThat(LogoPicks.pick(new int[] {0, 0, 0, 2, 2}, entropy, 3, false)).containsExactly(1, 3, 2);
    }

    @Test
    void logoReferenceRefillTakesCeilMissingOverClustersMembersOfEveryClusterPerPass() {
        // three non-empty clusters of b = 7 (four empty): tops 0, 3, 6; missing 4, per pass ceil(4/3) = 2 members of
        // every cluster: 1, 2 | 4, 5 | 7 (cluster 2 has only one more) -> 8 picks, cut to 7 in the order made
        float[] entropy = {0.9f, 0.8f, 0.7f, 0.9f, 0.8f, 0.7f, 0.9f, 0.8f};
        int[] cluster = {0, 0, 0, 3, 3, 3, 6, 6};
        assertThat(LogoPicks.pick(cluster, entropy, 7, true)).containsExactly(0, 3, 6, 1, 2, 4, 5);
        // round-robin reaches cluster 6's second member before cluster 0's third
        assertThat(LogoPicks.pick(cluster, entropy, 7, false)).containsExactly(0, 3, 6, 1, 4, 7, 2);
        // a second pass when the first leaves fewer than b: b = 6, two clusters, ceil(4/2) = 2 per pass; cluster 0
        // runs out after its top, cluster 1 gives 2, 3 then 4, 5
        int[] lopsided = {0, 1, 1, 1, 1, 1, 1};
        float[] falling = {0.5f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f};
        assertThat(LogoPicks.pick(lopsided, falling, 6, true)).containsExactly(0, 1, 2, 3, 4, 5);
    }
}
