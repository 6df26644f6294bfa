package io.falbench.mode.ifal;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** IFAL's three passes (chenchenzong/IFAL query_strategies/fal/ifal.py lines 126-178) on hand-computed cases. */
class IfalSelectionTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");

    /** Six candidates on the unit circle: 0-2 near (1, 0), 3 and 4 near (0.7, 0.7), 5 at (0, 1). */
    private static final Embeddings FEATURES = new Embeddings(6, 2, new float[] {
            1f, 0f, 1f, 0.01f, 1f, 0.02f, 0.7f, 0.7f, 0.7f, 0.71f, 0f, 1f});

    @Test
    void passOneClustersTheCandidatesAboveOtsusThresholdOfU() {
        // U = U1: four 0s and two 10s; the threshold is the centre of bin 0, so 4 and 5 pass; two clusters, one each
        IfalSelection.Picks picks = IfalSelection.select(JAVA, new double[] {0, 0, 0, 0, 10, 10},
                new double[] {1, 1, 1, 1, 1, 1}, FEATURES, 2, new SplittableRandom(1));
        assertThat(picks.pass()).isEqualTo(1);
        assertThat(picks.firstCandidates()).isEqualTo(2);
        assertThat(picks.positions()).containsExactlyInAnyOrder(4, 5);
    }

    @Test
    void fewerThanBAboveTheFirstThresholdStartsAfreshOnU1Alone() {
        // U = (0, 0, 0, 5, 5, 1000): Otsu splits after 5's bin, only 5 passes (< b = 2). U1 = (0, 0, 0, 5, 5, 10):
        // the split after bin 0 wins (9 x 6.65^2 against 5 x 7.96^2), so 3, 4 and 5 pass: two clusters, {3, 4} and {5}
        IfalSelection.Picks picks = IfalSelection.select(JAVA, new double[] {0, 0, 0, 5, 5, 10},
                new double[] {1, 1, 1, 1, 1, 100}, FEATURES, 2, new SplittableRandom(1));
        assertThat(picks.pass()).isEqualTo(2);
        assertThat(picks.firstCandidates()).isEqualTo(1);
        assertThat(picks.positions()).hasSize(2).contains(5).containsAnyOf(3, 4);
    }

    @Test
    void whenBothPassesFallShortTheTopBOfUAreTakenTiesToTheLowerPosition() {
        // U1 constant: its threshold is that value and nothing passes; U = (1, 1, 1, 50, 1, 1): only 3 passes
        IfalSelection.Picks picks = IfalSelection.select(JAVA, new double[] {1, 1, 1, 1, 1, 1},
                new double[] {1, 1, 1, 50, 1, 1}, FEATURES, 3, new SplittableRandom(1));
        assertThat(picks.pass()).isEqualTo(3);
        assertThat(picks.positions()).containsExactly(3, 0, 1);
        assertThat(IfalSelection.select(JAVA, new double[6], new double[6], FEATURES, 0, new SplittableRandom(1))
                .positions()).isEmpty();
    }

    @Test
    void theWholePoolAskedTakesEveryCandidateOnce() {
        IfalSelection.Picks picks = IfalSelection.select(JAVA, new double[] {0, 0, 0, 0, 10, 10},
                new double[] {1, 1, 1, 1, 1, 1}, FEATURES, 6, new SplittableRandom(1));
        assertThat(picks.positions()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }
}
