package io.falbench.mode.chase;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fixtures.ToyQueryContext;
import io.falbench.fl.Channel;
import io.falbench.fl.DecaySchedule;
import io.falbench.fl.FederatedTraining;
import io.falbench.fl.Federation;
import io.falbench.fl.FederationSettings;
import io.falbench.fl.Participation;
import io.falbench.fl.client.Client;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.FalMode;
import io.falbench.mode.QueryContext;
import io.falbench.mode.QueryDiagnostics;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import io.falbench.protocol.Protocol;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The chase mode end to end on a small federation: two AL rounds of training with its objective and queries, every
 * client spending exactly its quota on distinct samples of its own unlabelled pool, the same for the same seeds,
 * nothing crossing the channel in the query step; the alignment labels; the registry's keys and quirk.
 */
class ChaseQueryTest {

    private static final TrainingSettings LOCAL = new TrainingSettings(3, 16, 0.05f, 0.5f, 0f, false);

    @Test
    void twoRoundsSpendEveryQuotaOnDistinctUnlabelledSamplesOfTheClientsOwnTheSameForTheSameSeeds() {
        int[][] first = rounds(11);
        assertThat(rounds(11)).isDeepEqualTo(first);
        assertThat(rounds(12)).as("other training streams draw other candidates").isNotEqualTo(first);
    }

    /** Two AL rounds of one FedAvg round each, warm-started; the picks of both, clients in order. */
    private static int[][] rounds(long seed) {
        int[] quotas = {7, 5, 3};
        Federation federation = federation(120);
        FalMode chase = chase("chase.subset = 40");
        int[][] picks = new int[6][];
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            for (int round = 0; round < 2; round++) {
                federation.clients().forEach(Client::forgetLastUpdate);
                Channel channel = new Channel();
                FederatedTraining.run(network, new io.falbench.fl.server.Server(network.weights()),
                        federation.clients(), new FederationSettings(1, LOCAL, DecaySchedule.parse("75%"), 0.1f,
                                Participation.FULL), chase.clientObjective(), new SplittableRandom(seed + round),
                        new SplittableRandom(3), channel);
                long up = channel.bytesUp();
                long down = channel.bytesDown();
                int[][] chosen = chase.query(context(federation, network, network.weights(), channel, quotas, 7));
                assertThat(channel.bytesUp()).isEqualTo(up);
                assertThat(channel.bytesDown()).isEqualTo(down);
                for (Client client : federation.clients()) {
                    int k = client.id();
                    assertThat(chosen[k]).as("client %d", k).hasSize(quotas[k]).doesNotHaveDuplicates();
                    assertThat(client.pool().unlabelled()).as("client %d", k).contains(chosen[k]);
                    picks[round * 3 + k] = chosen[k];
                }
                federation.acquire(chosen, quotas, true);
            }
        }
        return picks;
    }

    @Test
    void candidatesAtLeastAsVariedAsTheMeanAlignWithTheGlobalModelTheOthersWithThePreviousOne() {
        ChaseQuery chase = new ChaseQuery(500, 1, 0.5, 0.4, false, false);
        ChaseClient state = new ChaseClient();
        EpistemicVariation variation = state.watch(new int[] {0, 1, 2, 3});
        variation.record(new int[] {0, 0, 0, 0});
        variation.record(new int[] {1, 0, 1, 0});
        variation.record(new int[] {0, 0, 1, 0});
        // flips 2, 0, 1, 0; sample 9 was never measured: 0; the mean over the five is 3/5
        state.query(federation(20).clients().get(0), 1, 0, null, new SplittableRandom(1));
        assertThat(chase.alignWith(state, new int[] {0, 1, 2, 3, 9})).containsExactly(0, 1, 0, 1, 1);
        assertThat(new ChaseQuery(500, 1, 0.5, 0.4, true, false).alignWith(state, new int[] {0, 1, 2, 3, 9}))
                .as("quirk chase-align-global").containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void theRegistryReadsChasesKeysAndQuirkAndTheClientsTrainWithItsObjective() {
        assertThat(ModeRegistry.ownsQueryRule("chase")).isTrue();
        ChaseQuery defaults = (ChaseQuery) chase("");
        assertThat(List.of(defaults.subset(), defaults.alignmentWeight(), defaults.temperature()))
                .containsExactly(500, 1.0, 0.5);
        ChaseQuery set = (ChaseQuery) chase("chase.subset = 50\nchase.alignment_weight = 0.1\n"
                + "chase.temperature = 2\nquirks = chase-align-global");
        assertThat(List.of(set.subset(), set.alignmentWeight(), set.temperature())).containsExactly(50, 0.1, 2.0);
        ChaseClient state = new ChaseClient();
        state.watch(new int[] {0, 1}).record(new int[] {0, 0});
        state.query(federation(20).clients().get(0), 1, 0, null, new SplittableRandom(1));
        assertThat(set.alignWith(state, new int[] {0, 1})).containsExactly(0, 0);
        int[] split = {3, 3, 4};
        assertThat(defaults.quotas(1, split, new int[] {50, 50, 50}, 9)).containsExactly(split);
        FalMode reco = chase("chase.capacity = reco");
        int[] round0 = reco.quotas(0, split, new int[] {50, 50, 50}, 9);
        assertThat(round0).as("3 clients: none passive, 1 ordinary, 2 active").containsExactlyInAnyOrder(7, 10, 10);
        assertThat(reco.quotas(0, split, new int[] {50, 50, 50}, 9)).containsExactly(round0);
        assertThat(IntStream.of(reco.quotas(1, split, new int[] {50, 50, 50}, 9)).sum()).isEqualTo(20);
        assertThat(defaults.arrays().names()).as("no client has trained").isEmpty();
        Client client = federation(20).clients().get(0);
        assertThat(defaults.clientObjective().of(client, 0)).isInstanceOf(ChaseObjective.class);
        assertThat(defaults.arrays().names()).containsExactly("chase/0/dormant", "chase/0/measured",
                "chase/0/variation");
    }

    private static FalMode chase(String conf) {
        return ModeRegistry.create("chase", KernelsRegistry.create("java"), Protocol.parse("t", "t.conf", conf)
                .options());
    }

    private static QueryContext context(Federation federation, Network network, Weights global, Channel channel,
                                        int[] quotas, long seed) {
        return ToyQueryContext.of(federation, network, global, channel, quotas, seed, LOCAL, new QueryDiagnostics(3));
    }

    /** Three clients of {@code perClient} random images, labels i mod 10, each holding 20 labels. */
    private static Federation federation(int perClient) {
        Federation federation = ToyFederation.of(RandomImages.of(5, 3 * perClient, i -> i % 10), perClient,
                perClient, perClient);
        for (int k = 0; k < 3; k++) {
            int from = perClient * k;
            federation.clients().get(k).acquire(IntStream.range(from, from + Math.min(20, perClient)).toArray(),
                    federation.oracle());
        }
        return federation;
    }
}
