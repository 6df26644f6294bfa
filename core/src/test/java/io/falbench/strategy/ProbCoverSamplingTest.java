package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.Predictions;
import io.falbench.settings.SettingsException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProbCoverSamplingTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");

    /** Balls of 4.5 degrees. */
    private static final ProbCoverSampling FIXED = new ProbCoverSampling(JAVA, OptionalDouble.of(Circle.chord(4.5)),
            0.95);

    /** A around 0 degrees (candidates 0-7, a labelled sample at its centre), B around 90 (8-16), sparse C (17-22). */
    private static QueryInput twoDenseOneSparse() {
        double[] a = Circle.around(0, -4, -3, -2, -1, 1, 2, 3, 4);
        double[] b = Circle.around(90, -4, -3, -2, -1, 0, 1, 2, 3, 4);
        double[] c = {200, 226, 240, 250, 263, 290};
        return Circle.input(Circle.at(Circle.concat(a, b, c)), Circle.at(0));
    }

    @Test
    void picksTheBallCoveringMostUncoveredPointsThenNeverACoveredRegionWhileAnUncoveredPointIsLeft() {
        // The labelled sample covers all of A. B's centre covers all 9 of B; then every C point covers itself only,
        // the first first, while A's and B's balls cover nothing new.
        assertThat(FIXED.select(twoDenseOneSparse(), 1, new SplittableRandom(1))).containsExactly(12);
        assertThat(FIXED.select(twoDenseOneSparse(), 7, new SplittableRandom(1)))
                .containsExactly(12, 17, 18, 19, 20, 21, 22);
        // Everything covered after 7: the rest drawn from the candidates left (A's 8, B's 8).
        int[] more = FIXED.select(twoDenseOneSparse(), 9, new SplittableRandom(1));
        assertThat(Arrays.copyOf(more, 7)).containsExactly(12, 17, 18, 19, 20, 21, 22);
        assertThat(Toy.boxed(Arrays.copyOfRange(more, 7, 9))).doesNotHaveDuplicates()
                .allSatisfy(i -> assertThat(i).isBetween(0, 16).isNotEqualTo(12));
    }

    @Test
    void greedyCoverageOnAHandMadeGraph() {
        // Row 0 labelled, its ball {0, 1}. Uncovered counts: row 1: 1, row 2: 3, row 3: 2, row 4: 4, rows 5, 6: 2.
        BallGraph graph = graph(new int[][] {{0, 1}, {0, 1, 2}, {1, 2, 3, 4}, {2, 3}, {2, 4, 5, 6}, {4, 5}, {4, 6}});
        // Row 4 first (position 3); then rows 2 and 3 each cover only 3: the lower row, 2 (position 1).
        int[] picks = ProbCoverSampling.greedy(graph, 1, 3, new SplittableRandom(0));
        assertThat(Arrays.copyOf(picks, 2)).containsExactly(3, 1);
        assertThat(picks[2]).isIn(0, 2, 4, 5);
    }

    @Test
    void theLazyArgmaxPicksWhatAFullRecountPicks() {
        SplittableRandom draw = new SplittableRandom(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 5 + draw.nextInt(40);
            int labelled = draw.nextInt(4);
            double p = draw.nextDouble(0.02, 0.4);
            List<List<Integer>> balls = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                balls.add(new ArrayList<>(List.of(x)));
            }
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    if (draw.nextDouble() < p) {
                        balls.get(x).add(y);
                        balls.get(y).add(x);
                    }
                }
            }
            int[][] lists = balls.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                    .toArray(int[][]::new);
            int budget = 1 + draw.nextInt(n - labelled);
            int[] expected = recount(lists, labelled, budget);
            int[] picks = ProbCoverSampling.greedy(graph(lists), labelled, budget, new SplittableRandom(7));
            assertThat(Arrays.copyOf(picks, expected.length)).as("trial %d", trial).containsExactly(expected);
            assertThat(picks).hasSize(budget).doesNotHaveDuplicates();
        }
    }

    @Test
    void theBallGraphLinksPointsCloserThanDelta() {
        Embeddings line = new Embeddings(4, 1, new float[] {0, 1, 2.5f, 10});
        BallGraph graph = BallGraph.build(JAVA, line, 1.6 * 1.6);
        assertThat(graph.offsets()).containsExactly(0, 2, 5, 7, 8);
        assertThat(graph.targets()).containsExactly(0, 1, 0, 1, 2, 1, 2, 3);
    }

    @Test
    void thePurityRadiusIsTheLargestAtWhichEnoughBallsHoldOnePseudoLabel() {
        // Squared distance to the nearest point of another label, sorted: 0.25, 1, 4, 9.
        float[] reach = {4, 1, 9, 0.25f};
        assertThat(PurityRadius.largestPure(reach, 0.5)).isEqualTo(4.0);
        assertThat(PurityRadius.largestPure(reach, 1)).isEqualTo(0.25);
        assertThat(PurityRadius.largestPure(reach, 0.7)).isEqualTo(1.0);
        // Two groups on a line, two classes: reaches 1, 0.9, 0.8 | 0.8, 0.9.
        Embeddings line = new Embeddings(5, 1, new float[] {0, 0.1f, 0.2f, 1.0f, 1.1f});
        assertThat(PurityRadius.squared(JAVA, line, 2, 1, 3)).isCloseTo(0.64, within(1e-5));
        assertThat(PurityRadius.squared(JAVA, line, 2, 0.6, 3)).isCloseTo(0.81, within(1e-5));
        assertThat(PurityRadius.squared(JAVA, line, 1, 0.95, 3)).isInfinite();
    }

    @Test
    void neverPicksALabelledSampleAndRespectsTheBudgetWithThePurityRadius() {
        ProbCoverSampling purity = (ProbCoverSampling) StrategyRegistry.create("probcover", JAVA);
        QueryInput input = twoDenseOneSparse();
        for (int budget : new int[] {0, 1, 5, 22, 23, 40}) {
            int[] picks = purity.select(input, budget, new SplittableRandom(4));
            assertThat(picks).as("budget %d", budget).hasSize(Math.min(budget, 23)).doesNotHaveDuplicates();
            assertThat(Toy.boxed(picks)).allSatisfy(i -> assertThat(i).isBetween(0, 22));
            assertThat(purity.select(input, budget, new SplittableRandom(4))).containsExactly(picks);
        }
    }

    @Test
    void theNormOfAnEmbeddingDoesNotMatterOnlyItsDirection() {
        QueryInput input = twoDenseOneSparse();
        Predictions p = input.predictions();
        float[] scaled = p.embeddings().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 1 + (i / 2) % 5 * 2;
        }
        QueryInput rescaled = new QueryInput(input.candidates(), new Predictions(p.probabilities(), scaled, p.size(),
                p.numClasses(), p.embeddingDimension()), input.labelled(), input.labelledPredictions(),
                input.labelledLabels());
        assertThat(FIXED.select(rescaled, 7, new SplittableRandom(1)))
                .containsExactly(12, 17, 18, 19, 20, 21, 22);
    }

    @Test
    void deltaIsPurityOrAPositiveNumber() {
        assertThat(ProbCoverSampling.DELTA.parse("purity", "test")).isEmpty();
        assertThat(ProbCoverSampling.DELTA.parse(" 0.75 ", "test")).hasValue(0.75);
        assertThatThrownBy(() -> ProbCoverSampling.DELTA.parse("0", "test")).isInstanceOf(SettingsException.class)
                .hasMessageContaining("probcover.delta").hasMessageContaining("purity or a number > 0");
        assertThatThrownBy(() -> ProbCoverSampling.DELTA.parse("wide", "test")).isInstanceOf(SettingsException.class);
    }

    private static BallGraph graph(int[][] balls) {
        int[] offsets = new int[balls.length + 1];
        for (int x = 0; x < balls.length; x++) {
            offsets[x + 1] = offsets[x] + balls[x].length;
        }
        return new BallGraph(offsets, Arrays.stream(balls).flatMapToInt(Arrays::stream).toArray());
    }

    /** The plain greedy: recount every candidate's uncovered neighbours each pick, first maximum; stop when none. */
    private static int[] recount(int[][] balls, int labelled, int budget) {
        boolean[] covered = new boolean[balls.length];
        for (int l = 0; l < labelled; l++) {
            for (int y : balls[l]) {
                covered[y] = true;
            }
        }
        boolean[] picked = new boolean[balls.length];
        List<Integer> picks = new ArrayList<>();
        while (picks.size() < budget) {
            int best = -1;
            int bestCount = 0;
            for (int x = labelled; x < balls.length; x++) {
                int count = (int) IntStream.of(balls[x]).filter(y -> !covered[y]).count();
                if (!picked[x] && count > bestCount) {
                    best = x;
                    bestCount = count;
                }
            }
            if (best < 0) {
                break;
            }
            picked[best] = true;
            for (int y : balls[best]) {
                covered[y] = true;
            }
            picks.add(best - labelled);
        }
        return picks.stream().mapToInt(Integer::intValue).toArray();
    }
}
