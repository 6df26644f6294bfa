package io.falbench.mode.ifal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import org.junit.jupiter.api.Test;

/**
 * IFAL's data-driven probabilities, Wasserstein distance, inter- and intra-model inconsistency and Otsu threshold
 * (chenchenzong/IFAL query_strategies/fal/ifal.py at 39c3989) on hand-computed cases.
 */
class IfalCriteriaTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");

    /** Labelled (1, 0) of class 0 and (0, 1) of class 1; candidates (1, 0.1), (0.1, 1), (1, 1). */
    private static final Embeddings LABELLED = new Embeddings(2, 2, new float[] {1f, 0f, 0f, 1f});
    private static final Embeddings CANDIDATES = new Embeddings(3, 2, new float[] {1f, 0.1f, 0.1f, 1f, 1f, 1f});
    /** The labels, then the candidates' predicted classes. */
    private static final int[] VOTES = {0, 1, 0, 1, 1};

    @Test
    void eachSampleNamesItsMostSimilarCandidatesNeverItselfTiesToTheLowerPosition() {
        ReverseNeighbours one = ReverseNeighbours.of(JAVA, LABELLED, CANDIDATES, 1);
        // (1, 0) -> c0; (0, 1) -> c1; c0 -> c2 (not itself); c1 -> c2; c2 -> c0 and c1 tie (cosine 1.1 / sqrt 2.02)
        assertThat(one.named(0)).containsExactly(0);
        assertThat(one.named(1)).containsExactly(1);
        assertThat(one.named(2)).containsExactly(2);
        assertThat(one.named(3)).containsExactly(2);
        assertThat(one.named(4)).containsExactly(0);
        // counts 1 + votes of the samples naming it: c0 <- class 0 (labelled), class 1 (c2): (2, 2);
        // c1 <- class 1 (labelled): (1, 2); c2 <- class 0 (c0), class 1 (c1): (2, 2)
        assertThat(one.probabilities(VOTES, 2)).containsExactly(new double[] {0.5, 0.5, 1 / 3.0, 2 / 3.0, 0.5, 0.5},
                within(1e-12));
    }

    @Test
    void aPoolNoLargerThanKIsNamedWholeByEverySampleItselfLast() {
        ReverseNeighbours all = ReverseNeighbours.of(JAVA, LABELLED, CANDIDATES, ReverseNeighbours.NEIGHBOURS);
        assertThat(all.named(2)).containsExactly(2, 1, 0);
        // every candidate named by all five samples: class 0 twice, class 1 three times -> (3, 4) / 7
        double[] p = all.probabilities(VOTES, 2);
        for (int j = 0; j < 3; j++) {
            assertThat(p[2 * j]).isCloseTo(3 / 7.0, within(1e-12));
            assertThat(p[2 * j + 1]).isCloseTo(4 / 7.0, within(1e-12));
        }
    }

    @Test
    void theWassersteinDistanceComparesTheSortedValuesBlindToWhichClassHoldsThem() {
        assertThat(Wasserstein.between(new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.2, 0.7}, 0, 3)).isZero();
        // sorted (0.5, 0.5) vs (0.1, 0.9): (0.4 + 0.4) / 2
        assertThat(Wasserstein.between(new double[] {0, 0, 0.5, 0.5}, new double[] {1, 0, 0.9, 0.1}, 1, 2))
                .isCloseTo(0.4, within(1e-12));
    }

    @Test
    void interModelInconsistencyIsTheLargerRatioOfTheTwoDistancesToTheDistilledModelTimesTheirSum() {
        // distilled (0.5, 0.5); local (0.6, 0.4): D_ll = 0.1; global (0.8, 0.2): D_gl = 0.3
        double[] u1 = Inconsistency.interModel(new double[] {0.8, 0.2}, new double[] {0.6, 0.4},
                new double[] {0.5, 0.5}, 2);
        assertThat(u1[0]).isCloseTo(0.3 / (0.1 + 1e-5) * 0.4, within(1e-9));
        // all three equal: both distances 0
        assertThat(Inconsistency.interModel(new double[] {0.5, 0.5}, new double[] {0.5, 0.5},
                new double[] {0.5, 0.5}, 2)[0]).isZero();
    }

    @Test
    void intraModelInconsistencyIsTheDistanceFromTheLocalModelsOwnVoteProbabilitiesToItsSoftmax() {
        // (1/3, 2/3) vs softmax (0.9, 0.1): sorted differences 0.2333 and 0.2333
        double[] u2 = Inconsistency.intraModel(new double[] {1 / 3.0, 2 / 3.0}, new float[] {0.9f, 0.1f}, 2);
        assertThat(u2[0]).isCloseTo((1 / 3.0 - 0.1 + 0.9 - 2 / 3.0) / 2, within(1e-7));
        assertThat(Inconsistency.combined(new double[] {2, 3}, new double[] {0.5, 4})).containsExactly(1, 12);
    }

    @Test
    void otsuPicksTheCentreOfTheBinThatBestSplitsTheHistogram() {
        // bins of width 10/256; 0, 1, 2, 10 fall in bins 0, 25, 51, 255; splitting after bin 51 gives
        // 3 x 1 x (mean(c0, c25, c51) - c255)^2, the largest of the three splits, so the threshold is c51
        assertThat(Otsu.threshold(new double[] {0, 1, 2, 10})).isEqualTo(51.5 * 10 / 256);
        // two values twice: every split between them ties, the first wins: the centre of bin 0
        assertThat(Otsu.threshold(new double[] {0, 0, 1, 1})).isEqualTo(0.5 / 256);
        assertThat(Otsu.threshold(new double[] {0.3, 0.3})).isEqualTo(0.3);
        assertThat(IfalSelection.aboveThreshold(new double[] {0, 1, 2, 10})).containsExactly(3);
    }

    @Test
    void aValueOnAnInnerEdgeFallsInTheBinItOpensAndTheMaximumInTheLast() {
        double[] edges = new double[Otsu.BINS + 1];
        for (int i = 0; i < Otsu.BINS; i++) {
            edges[i] = i * (10.0 / Otsu.BINS);
        }
        edges[Otsu.BINS] = 10;
        double norm = Otsu.BINS / 10.0;
        assertThat(Otsu.bin(5, 0, norm, edges)).isEqualTo(128);
        assertThat(Otsu.bin(10, 0, norm, edges)).isEqualTo(255);
        assertThat(Otsu.bin(0, 0, norm, edges)).isZero();
    }
}
