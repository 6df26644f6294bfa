package io.falbench.mode.ifal;

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
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.server.Server;
import io.falbench.kernels.Kernels;
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
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The ifal mode end to end on a small federation: every client spends exactly its quota on distinct samples of its own
 * unlabelled pool, the same for the same seed, and nothing crosses the channel in the query step (the three models,
 * the criteria and the selection stay on the client). Pools of 300 candidates, so k = 250 neighbours is a true subset.
 */
class IfalQueryTest {

    private static final Kernels JAVA = KernelsRegistry.create("java");
    private static final TrainingSettings LOCAL = new TrainingSettings(1, 16, 0.05f, 0.9f, 1e-5f, false);
    private static final int[] QUOTAS = {7, 5, 3};

    @Test
    void eachClientSpendsExactlyItsQuotaOnDistinctUnlabelledSamplesOfItsOwnTheSameForTheSameSeed() {
        Federation federation = federation();
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            Channel channel = new Channel();
            FederatedTraining.run(network, new Server(network.weights()), federation.clients(),
                    new FederationSettings(1, LOCAL, DecaySchedule.parse("75%"), 0.1f, Participation.FULL),
                    ClientObjective.CROSS_ENTROPY, new SplittableRandom(2), new SplittableRandom(3), channel);
            Weights global = network.weights();
            long up = channel.bytesUp();
            long down = channel.bytesDown();
            QueryDiagnostics diagnostics = new QueryDiagnostics(3);
            int[][] picks = ifal().query(context(federation, network, global, channel, diagnostics));
            assertThat(channel.bytesUp()).isEqualTo(up);
            assertThat(channel.bytesDown()).isEqualTo(down);
            for (Client client : federation.clients()) {
                int k = client.id();
                int[] pool = client.pool().unlabelled();
                assertThat(picks[k]).as("client %d", k).hasSize(QUOTAS[k]).doesNotHaveDuplicates();
                // from its own unlabelled pool: never a labelled sample, never another client's
                assertThat(pool).as("client %d", k).contains(picks[k]);
                assertThat(diagnostics.perClient().get(IfalQuery.SELECTION_PASS)[k]).isIn(1.0, 2.0, 3.0);
            }
            int[][] again = ifal().query(context(federation, network, global, channel, new QueryDiagnostics(3)));
            assertThat(again).isDeepEqualTo(picks);
        }
    }

    @Test
    void theRegistryRunsIfalWithItsOwnQueryRuleAndQuirksReferenceKeepsTheLastEpochsWeights() {
        assertThat(ModeRegistry.ownsQueryRule("ifal")).isTrue();
        assertThat(ModeRegistry.create("ifal", JAVA, Protocol.parse("t", "t.conf", "").options()))
                .isEqualTo(new IfalQuery(JAVA, false));
        assertThat(ModeRegistry.create("ifal", JAVA, Protocol.parse("t", "t.conf", "quirks = reference").options()))
                .isEqualTo(new IfalQuery(JAVA, true));
    }

    private static FalMode ifal() {
        return ModeRegistry.create("ifal", JAVA, Protocol.parse("t", "t.conf", "").options());
    }

    private static QueryContext context(Federation federation, Network network, Weights global, Channel channel,
                                        QueryDiagnostics diagnostics) {
        return ToyQueryContext.of(federation, network, global, channel, QUOTAS, 7, LOCAL, diagnostics);
    }

    /**
     * Three clients of 310 random images, labels i mod 10; clients 0 and 1 hold 10 labels each, client 2 none (it never
     * trains: its local model is the global one, its distilled model the round's initial checkpoint).
     */
    private static Federation federation() {
        int perClient = 310;
        Federation federation = ToyFederation.of(RandomImages.of(5, 3 * perClient, i -> i % 10), perClient, perClient,
                perClient);
        for (int k = 0; k < 2; k++) {
            federation.clients().get(k).acquire(IntStream.range(perClient * k, perClient * k + 10).toArray(),
                    federation.oracle());
        }
        return federation;
    }
}
