package io.falbench.mode.chase;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fl.Federation;
import io.falbench.fl.client.Client;
import io.falbench.model.Weights;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One CHASe client's query (junzhang-zj/CHASe select_strategy.py CHASe_EV.sample): the quota's candidates with the most
 * changes of class, the unpicked candidates that never changed frozen, the dormant woken once few samples are awake,
 * candidates drawn from the awake samples only, and the state a checkpoint keeps.
 */
class ChaseClientTest {

    @Test
    void theQuotaGoesToTheMostVariedCandidatesTiesInCandidateOrderAndTheUnchangedOnesGoDormant() {
        Client client = client(40);
        ChaseClient state = new ChaseClient();
        int[] candidates = {5, 9, 2, 30, 17, 11};
        EpistemicVariation variation = state.watch(candidates);
        variation.record(new int[] {0, 0, 0, 0, 0, 0});
        variation.record(new int[] {1, 0, 1, 0, 0, 1});
        variation.record(new int[] {1, 0, 0, 0, 0, 0});
        // flips: 5 -> 1, 9 -> 0, 2 -> 2, 30 -> 0, 17 -> 0, 11 -> 2
        int[] picks = state.query(client, 3, 0.4, null, new SplittableRandom(1));
        assertThat(picks).containsExactly(2, 11, 5);
        assertThat(state.awake(client)).doesNotContain(9, 30, 17).contains(5, 2, 11, 0, 39).hasSize(40 - 3);
        assertThat(state.lastVariations(new int[] {5, 9, 2, 1})).containsExactly(1, 0, 2, -1);
    }

    @Test
    void onceAtMostThreeQuotasAreAwakeTheAwakenShareOfTheDormantWakesRoundedDown() {
        Client client = client(20);
        ChaseClient state = new ChaseClient();
        int[] candidates = IntStream.range(0, 20).toArray();
        EpistemicVariation variation = state.watch(candidates);
        int[] first = new int[20];
        int[] second = new int[20];
        for (int i = 0; i < 4; i++) {
            second[i] = 1;
        }
        variation.record(first);
        variation.record(second);
        // samples 0-3 changed; 2 are picked, 2 stay awake, 16 go dormant, 2 <= 3 x 2: floor(16 x 0.4) = 6 wake
        int[] picks = state.query(client, 2, 0.4, null, new SplittableRandom(4));
        assertThat(picks).containsExactly(0, 1);
        assertThat(state.awake(client)).hasSize(20 - 16 + 6);
        ChaseClient never = new ChaseClient();
        never.watch(candidates).record(first);
        never.query(client, 2, 0, null, new SplittableRandom(4));
        assertThat(never.awake(client)).as("awaken 0: nothing goes dormant").hasSize(20);
    }

    @Test
    void fewerCandidatesThanTheQuotaAreFilledFromTheAwakeSamplesAndAPoolNoLargerThanTheQuotaGoesWhole() {
        Client client = client(12);
        ChaseClient state = new ChaseClient();
        state.watch(new int[] {3, 4}).record(new int[] {1, 1});
        int[] picks = state.query(client, 5, 0.4, null, new SplittableRandom(2));
        assertThat(picks).hasSize(5).doesNotHaveDuplicates().startsWith(3, 4);
        assertThat(client.pool().unlabelled()).contains(picks);
        ChaseClient whole = new ChaseClient();
        whole.watch(new int[] {0}).record(new int[] {0});
        assertThat(whole.query(client, 12, 0.4, null, new SplittableRandom(2))).hasSize(12);
    }

    @Test
    void candidatesAreEveryAwakeSampleInTheFirstTrainingThenADrawOfTheSubsetSize() {
        Client client = client(30);
        ChaseClient state = new ChaseClient();
        assertThat(state.drawCandidates(client, true, 10, new SplittableRandom(1)))
                .containsExactly(IntStream.range(0, 30).toArray());
        int[] drawn = state.drawCandidates(client, false, 10, new SplittableRandom(1));
        assertThat(drawn).hasSize(10).doesNotHaveDuplicates();
        assertThat(state.drawCandidates(client, false, 10, new SplittableRandom(1))).containsExactly(drawn);
        assertThat(state.drawCandidates(client, false, 40, new SplittableRandom(1))).hasSize(30);
    }

    @Test
    void theCheckpointedArraysRestoreTheDormantSamplesVariationsAndPreviousModel() {
        Client client = client(40);
        ChaseClient state = new ChaseClient();
        state.watch(new int[] {1, 2, 3, 4}).record(new int[] {0, 0, 0, 0});
        Weights local = new Weights(List.of("a", "b"), List.of(new float[] {1.5f, -2f}, new float[] {3f}));
        state.query(client, 1, 0.4, local, new SplittableRandom(3));
        Weights kept = state.arrays("chase/0/");
        ChaseClient restored = new ChaseClient();
        restored.restore(kept, "chase/0/");
        assertThat(restored.awake(client)).containsExactly(state.awake(client));
        assertThat(restored.lastVariations(new int[] {1, 2, 3, 4, 5})).containsExactly(0, 0, 0, 0, -1);
        assertThat(restored.previous().names()).containsExactly("a", "b");
        assertThat(restored.previous().values().get(0)).containsExactly(1.5f, -2f);
        Weights again = restored.arrays("chase/0/");
        assertThat(again.names()).isEqualTo(kept.names());
        for (int i = 0; i < kept.values().size(); i++) {
            assertThat(again.values().get(i)).containsExactly(kept.values().get(i));
        }
    }

    /** One client of {@code size} random images, none labelled. */
    private static Client client(int size) {
        Federation federation = ToyFederation.of(RandomImages.of(1, size, i -> i % 10), size);
        return federation.clients().get(0);
    }
}
