package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.model.LinearHead;
import io.falbench.model.Predictions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AlfaMixSamplingTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");
    private static final AlfaMixSampling ALFA_MIX = new AlfaMixSampling(JAVA);
    /** logits = e: the predicted class is the larger coordinate (ties: class 0). */
    private static final LinearHead IDENTITY = new LinearHead(new float[] {1, 0, 0, 1}, new float[] {0, 0}, 2, 2);

    /**
     * Six candidates in 2-D under the identity head, one labelled sample of class 1 at (0, 1), which is therefore
     * the only anchor (class 0 has none and takes the mean of all labelled). For a class-0 candidate (x, y) the
     * gradient points along (-1, 1), so the mix is (x - t, y + t), t = cap ||z|| / 2, and flips iff
     * cap ||z|| > x - y: (1, 0.9) and (1.2, 1.1) at cap 0.2, (2, 0.5) at 0.8, (3, 0) at 1.0, (5, -5) never. The
     * class-1 candidate (0.5, 2) moves towards its own class and never flips.
     */
    private static QueryInput sixOnAPlane() {
        float[][] e = {{1f, 0.9f}, {5f, -5f}, {2f, 0.5f}, {0.5f, 2f}, {3f, 0f}, {1.2f, 1.1f}};
        float[][] p = new float[e.length][];
        for (int i = 0; i < e.length; i++) {
            p[i] = softmax(e[i]);
        }
        Predictions labelled = Toy.predictions(new float[][] {softmax(new float[] {0f, 1f})},
                new float[][] {{0f, 1f}});
        return new QueryInput(Toy.ids(6), Toy.predictions(p, e), new int[] {900}, labelled, new int[] {1}, IDENTITY);
    }

    private static float[] softmax(float[] logits) {
        double a = Math.exp(logits[0]);
        double b = Math.exp(logits[1]);
        return new float[] {(float) (a / (a + b)), (float) (b / (a + b))};
    }

    @Test
    void theCapsStepUpToTheFirstAtOrAboveOneSummedAsTheReferenceSumsThem() {
        assertThat(AlfaMixSampling.caps(0.2)).containsExactly(0.2, 0.4, 0.6000000000000001, 0.8, 1.0);
        assertThat(AlfaMixSampling.caps(0.3)).containsExactly(0.3, 0.6, 0.8999999999999999, 1.2);
        assertThat(AlfaMixSampling.caps(1)).containsExactly(1.0);
    }

    @Test
    void alphaIsTheClosedFormStepAlongTheGradientScaledByTheDistanceToTheAnchor() {
        // u = (1, 0.9), a = (0, 1): z = (-1, 0.1), ||z|| = 1.0049876; p = (0.55, 0.45) at class 0 under the
        // identity head: g = p - onehot(0) = (-0.45, 0.45), ||g|| = 0.6363961; eps = 0.2 / sqrt 2.
        // alpha = eps ||z|| / ||g|| * g / z = 0.2233302 * (0.45, 4.5) = (0.1004988, 1.0049876);
        // mix = (1 - alpha) u + alpha a = u + eps ||z|| g / ||g|| = (0.8995012, 1.0004988).
        float[] g = IDENTITY.inputGradient(new float[] {0.55f, 0.45f}, 0, 0);
        assertThat(g).containsExactly(-0.45f, 0.45f);
        float[] alpha = new float[2];
        float[] mixed = new float[2];
        FeatureMixing.mix(0.2 / Math.sqrt(2), new float[] {1f, 0.9f}, 0, new float[] {0f, 1f}, g, 0,
                Math.hypot(0.45, 0.45), alpha, mixed);
        assertThat(alpha[0]).isCloseTo(0.1004988f, within(1e-6f));
        assertThat(alpha[1]).isCloseTo(1.0049876f, within(1e-6f));
        assertThat(mixed[0]).isCloseTo(0.8995012f, within(1e-6f));
        assertThat(mixed[1]).isCloseTo(1.0004988f, within(1e-6f));
        assertThat(IDENTITY.predictedClass(mixed, 0)).isEqualTo(1);
    }

    @Test
    void anchorsAreTheLabelledClassMeansAndTheMeanOfAllStandsInForClassesWithoutLabels() {
        Predictions labelled = Toy.predictions(new float[3][3], new float[][] {{0f, 0f}, {2f, 0f}, {0f, 4f}});
        float[][] anchors = FeatureMixing.anchors(labelled, new int[] {0, 0, 2}, 3);
        assertThat(anchors).hasNumberOfRows(3);
        assertThat(anchors[0]).containsExactly(1f, 0f);
        assertThat(anchors[1]).containsExactly(0f, 4f);
        assertThat(anchors[2]).containsExactly(2f / 3, 4f / 3);
        assertThat(FeatureMixing.anchors(labelled, new int[] {0, 1, 2}, 3)).hasNumberOfRows(3);
        assertThat(FeatureMixing.anchors(null, new int[0], 3)).isEmpty();
        assertThatThrownBy(() -> FeatureMixing.anchors(labelled, new int[] {0, 5, 2}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 5");
    }

    @Test
    void aCandidateIsInconsistentAtACapWhenTheMixChangesItsPredictedClass() {
        FeatureMixing mixing = FeatureMixing.of(sixOnAPlane());
        List<int[]> expected = List.of(new int[] {0, 5}, new int[] {0, 5}, new int[] {0, 5}, new int[] {0, 2, 5},
                new int[] {0, 2, 4, 5});
        List<Double> caps = AlfaMixSampling.caps(0.2);
        for (int c = 0; c < caps.size(); c++) {
            double cap = caps.get(c);
            assertThat(IntStream.range(0, 6).filter(i -> mixing.inconsistent(i, cap)).toArray()).as("cap %s", cap)
                    .containsExactly(expected.get(c));
        }
    }

    @Test
    void theCapsStopOnceMoreCandidatesThanTheBudgetAreInconsistent() {
        FeatureMixing mixing = FeatureMixing.of(sixOnAPlane());
        assertThat(AlfaMixSampling.inconsistent(mixing, 6, 1, 0.2)).containsExactly(0, 5);
        assertThat(AlfaMixSampling.inconsistent(mixing, 6, 2, 0.2)).containsExactly(0, 2, 5);
        assertThat(AlfaMixSampling.inconsistent(mixing, 6, 3, 0.2)).containsExactly(0, 2, 4, 5);
        assertThat(AlfaMixSampling.inconsistent(mixing, 6, 4, 0.2)).containsExactly(0, 2, 4, 5);
    }

    @Test
    void picksFromTheInconsistentSetWhenItHoldsMoreThanTheBudget() {
        for (long seed = 0; seed < 5; seed++) {
            assertThat(Toy.boxed(ALFA_MIX.select(sixOnAPlane(), 1, new SplittableRandom(seed)))).hasSize(1)
                    .isSubsetOf(0, 5);
            assertThat(Toy.boxed(ALFA_MIX.select(sixOnAPlane(), 3, new SplittableRandom(seed)))).hasSize(3)
                    .doesNotHaveDuplicates().isSubsetOf(0, 2, 4, 5);
        }
    }

    @Test
    void fewerInconsistentThanTheBudgetAreAllTakenThenTheRestDrawnUniformlyFromTheOthers() {
        // b = 5: all caps run, 4 inconsistent, 4 clusters of one each, then one of the consistent 1 and 3.
        Set<Integer> fills = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            int[] picks = ALFA_MIX.select(sixOnAPlane(), 5, new SplittableRandom(seed));
            assertThat(Arrays.copyOf(picks, 4)).containsExactlyInAnyOrder(0, 2, 4, 5);
            assertThat(picks[4]).isIn(1, 3);
            fills.add(picks[4]);
        }
        assertThat(fills).containsExactlyInAnyOrder(1, 3);
        int[] mixed = AlfaMixSampling.filled(new int[] {4, 0}, 5, 6, new SplittableRandom(2));
        assertThat(mixed).startsWith(4, 0).doesNotHaveDuplicates().hasSize(5);
        assertThat(ALFA_MIX.select(sixOnAPlane(), 6, new SplittableRandom(0))).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void withoutLabelledSamplesThereIsNoAnchorAndEveryPickIsDrawnUniformly() {
        QueryInput noLabels = new QueryInput(Toy.ids(6), sixOnAPlane().predictions(), new int[0], null, new int[0],
                IDENTITY);
        assertThat(AlfaMixSampling.inconsistent(FeatureMixing.of(noLabels), 6, 2, 0.2)).isEmpty();
        int[] picks = ALFA_MIX.select(noLabels, 3, new SplittableRandom(4));
        assertThat(picks).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void eachClusterGivesItsSampleNearestTheCentre() {
        // Two groups on a line: {0, 0.1, 0.3} (centre 0.133: 0.1 nearest) and {10, 10.2, 10.3} (10.167: 10.2).
        Embeddings points = new Embeddings(6, 2,
                new float[] {0f, 0f, 0.1f, 0f, 0.3f, 0f, 10f, 0f, 10.2f, 0f, 10.3f, 0f});
        for (long seed = 0; seed < 5; seed++) {
            assertThat(KMeansRepresentatives.of(JAVA, points, 2, seed)).containsExactlyInAnyOrder(1, 4);
        }
    }

    @Test
    void selectsExactlyTheBudgetOfDistinctCandidatesNeverALabelledOneAndTheSameForTheSameSeed() {
        SplittableRandom draw = new SplittableRandom(17);
        int n = 40;
        float[][] p = new float[n][3];
        float[][] e = new float[n][4];
        for (int i = 0; i < n; i++) {
            float sum = 0;
            for (int c = 0; c < 3; c++) {
                p[i][c] = (float) draw.nextDouble(0.05, 1);
                sum += p[i][c];
            }
            for (int c = 0; c < 3; c++) {
                p[i][c] /= sum;
            }
            for (int d = 0; d < 4; d++) {
                e[i][d] = (float) draw.nextGaussian();
            }
        }
        float[][] le = new float[6][4];
        for (float[] row : le) {
            for (int d = 0; d < 4; d++) {
                row[d] = (float) draw.nextGaussian();
            }
        }
        int[] candidateIds = IntStream.range(0, n).map(i -> 2 * i).toArray();
        int[] labelledIds = {1, 3, 5, 7, 9, 11};
        QueryInput input = new QueryInput(candidateIds, Toy.predictions(p, e), labelledIds,
                Toy.predictions(new float[6][3], le), new int[] {0, 0, 1, 1, 2, 2}, Toy.head(draw, 3, 4));
        for (int budget : new int[] {1, 3, 7, 20, 39, 40, 55}) {
            int[] inconsistent = AlfaMixSampling.inconsistent(FeatureMixing.of(input), n, budget, 0.2);
            for (long seed = 0; seed < 3; seed++) {
                int[] picks = ALFA_MIX.select(input, budget, new SplittableRandom(seed));
                String where = "budget " + budget + ", seed " + seed;
                assertThat(picks).as(where).hasSize(Math.min(budget, n)).doesNotHaveDuplicates();
                assertThat(Toy.boxed(picks)).as(where).allSatisfy(i -> assertThat(i).isBetween(0, n - 1));
                assertThat(Arrays.stream(picks).map(i -> candidateIds[i]).toArray()).as(where)
                        .doesNotContain(labelledIds);
                assertThat(ALFA_MIX.select(input, budget, new SplittableRandom(seed))).as(where)
                        .containsExactly(picks);
                if (inconsistent.length > budget) {
                    assertThat(Toy.boxed(picks)).as(where).isSubsetOf(Toy.boxed(inconsistent));
                }
            }
        }
    }

    @Test
    void withoutTheHeadItSaysWhatItsEntryMustDeclare() {
        QueryInput input = sixOnAPlane();
        QueryInput headless = new QueryInput(input.candidates(), input.predictions(), input.labelled(),
                input.labelledPredictions(), input.labelledLabels());
        assertThatThrownBy(() -> ALFA_MIX.select(headless, 2, new SplittableRandom(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Need.HEAD");
    }
}
