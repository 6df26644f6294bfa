package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.DropoutPredictions;
import io.falbench.registry.Need;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** BALD's score, H[mean_t p_t] - mean_t H[p_t], against hand-computed values, and its picks. */
class BaldSamplingTest {

    @Test
    void theScoreIsTheEntropyOfTheMeanMinusTheMeanEntropy() {
        // 2 passes, 2 classes: certain but contradicting; equally unsure twice; 0.9/0.1 then 0.5/0.5
        DropoutPredictions passes = passes(new float[][][] {
                {{1, 0}, {0.5f, 0.5f}, {0.9f, 0.1f}},
                {{0, 1}, {0.5f, 0.5f}, {0.5f, 0.5f}}});
        double[] scores = BaldSampling.mutualInformation(passes);
        // ln 2 - 0 (0 log 0 = 0); ln 2 - ln 2; H(0.7, 0.3) - (H(0.9, 0.1) + ln 2) / 2
        assertThat(scores[0]).isCloseTo(Math.log(2), within(1e-12));
        assertThat(scores[1]).isCloseTo(0, within(1e-12));
        assertThat(scores[2]).isCloseTo(0.10174922507919681, within(1e-6));
    }

    @Test
    void threePassesOfThreeClassesScoreAsByHand() {
        DropoutPredictions passes = passes(new float[][][] {{{0.6f, 0.3f, 0.1f}}, {{0.2f, 0.5f, 0.3f}},
                {{0.1f, 0.1f, 0.8f}}});
        // mean (0.3, 0.3, 0.4): H(mean) - (H(p1) + H(p2) + H(p3)) / 3
        assertThat(BaldSampling.mutualInformation(passes)[0]).isCloseTo(0.2333564424880471, within(1e-6));
    }

    @Test
    void theHighestInformationComesFirstTiesToTheLowerPosition() {
        // scores: ln 2, 0, 0.10, ln 2, 0
        DropoutPredictions passes = passes(new float[][][] {
                {{1, 0}, {0.5f, 0.5f}, {0.9f, 0.1f}, {0, 1}, {1, 0}},
                {{0, 1}, {0.5f, 0.5f}, {0.5f, 0.5f}, {1, 0}, {1, 0}}});
        QueryInput input = input(passes);
        BaldSampling bald = new BaldSampling(2);
        assertThat(bald.select(input, 2, new SplittableRandom(1))).containsExactly(0, 3);
        assertThat(bald.select(input, 3, new SplittableRandom(1))).containsExactly(0, 3, 2);
        assertThat(bald.select(input, 9, new SplittableRandom(1))).containsExactly(0, 3, 2, 1, 4);
        assertThat(bald.candidateScores(input, new SplittableRandom(1))).containsExactly(
                BaldSampling.mutualInformation(passes));
    }

    @Test
    void picksExactlyTheBudgetOfDistinctCandidatesTheSameForTheSameInput() {
        int passes = 5;
        int n = 30;
        QueryInput input = input(Toy.dropoutPasses(new SplittableRandom(4), passes, n, 4));
        BaldSampling bald = new BaldSampling(passes);
        for (int budget : new int[] {0, 1, 7, 30, 40}) {
            int[] picks = bald.select(input, budget, new SplittableRandom(2));
            assertThat(picks).hasSize(Math.min(budget, n)).doesNotHaveDuplicates();
            assertThat(Toy.boxed(picks)).allSatisfy(i -> assertThat(i).isBetween(0, n - 1));
            assertThat(bald.select(input, budget, new SplittableRandom(99))).containsExactly(picks);
        }
    }

    @Test
    void withoutDropoutPredictionsItSaysWhatItsEntryMustDeclare() {
        QueryInput input = QueryInput.scored(Toy.ids(2), Toy.predictions(new float[][] {{1, 0}, {0, 1}},
                new float[][] {{0}, {1}}));
        assertThatThrownBy(() -> new BaldSampling(10).select(input, 1, new SplittableRandom(1)))
                .hasMessageContaining("Need.DROPOUT_PREDICTIONS");
    }

    @Test
    void itsEntryDeclaresTheDropoutPassesAndTenOfThemByDefault() {
        assertThat(StrategyRegistry.needs("bald")).containsExactly(Need.DROPOUT_PREDICTIONS);
        assertThat(StrategyRegistry.REGISTRY.get("bald").options()).containsExactly(BaldSampling.PASSES);
        QueryStrategy byDefault = StrategyRegistry.create("bald", KernelsRegistry.create("java"));
        assertThat(byDefault.dropoutPasses()).isEqualTo(10);
        QueryStrategy three = StrategyRegistry.create("bald", KernelsRegistry.create("java"),
                new Options(Map.<Key<?>, Object>of(BaldSampling.PASSES, 3)));
        assertThat(three.dropoutPasses()).isEqualTo(3);
        assertThat(StrategyRegistry.create("margin", KernelsRegistry.create("java")).dropoutPasses()).isZero();
    }

    /** passes x samples x classes as a {@link DropoutPredictions}. */
    static DropoutPredictions passes(float[][][] p) {
        int t = p.length;
        int n = p[0].length;
        int c = p[0][0].length;
        float[] flat = new float[t * n * c];
        for (int pass = 0; pass < t; pass++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(p[pass][i], 0, flat, (pass * n + i) * c, c);
            }
        }
        return new DropoutPredictions(flat, t, n, c);
    }

    private static QueryInput input(DropoutPredictions passes) {
        return QueryInput.unscored(Toy.ids(passes.size())).withDropout(passes);
    }
}
