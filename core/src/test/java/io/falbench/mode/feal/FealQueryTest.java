package io.falbench.mode.feal;

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
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The feal mode end to end on a small federation trained with its evidential loss: every client spends exactly its
 * quota on distinct samples of its own unlabelled pool, the same for the same seed, nothing crosses the channel in the
 * query step; a client with no more unlabelled samples than its quota takes them all. And the score's parts.
 */
class FealQueryTest {

    private static final TrainingSettings LOCAL = new TrainingSettings(1, 16, 0.05f, 0.9f, 1e-5f, false);

    @Test
    void eachClientSpendsExactlyItsQuotaOnDistinctUnlabelledSamplesOfItsOwnTheSameForTheSameSeed() {
        int[] quotas = {7, 5, 3};
        Federation federation = federation(300);
        FalMode feal = feal("feal.subset = 120\nfeal.cosine = 0.5");
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            Channel channel = new Channel();
            FederatedTraining.run(network, new io.falbench.fl.server.Server(network.weights()), federation.clients(),
                    new FederationSettings(2, LOCAL, DecaySchedule.parse("75%"), 0.1f, Participation.FULL),
                    feal.clientObjective(), new SplittableRandom(2), new SplittableRandom(3), channel);
            Weights global = network.weights();
            long up = channel.bytesUp();
            long down = channel.bytesDown();
            int[][] picks = feal.query(context(federation, network, global, channel, quotas, 7));
            assertThat(channel.bytesUp()).isEqualTo(up);
            assertThat(channel.bytesDown()).isEqualTo(down);
            for (Client client : federation.clients()) {
                int k = client.id();
                assertThat(picks[k]).as("client %d", k).hasSize(quotas[k]).doesNotHaveDuplicates();
                assertThat(client.pool().unlabelled()).as("client %d", k).contains(picks[k]);
            }
            assertThat(feal.query(context(federation, network, global, channel, quotas, 7))).isDeepEqualTo(picks);
            assertThat(feal.query(context(federation, network, global, channel, quotas, 8)))
                    .as("another query stream draws other candidates").isNotEqualTo(picks);
            int[][] all = feal.query(context(federation, network, global, channel, new int[] {300, 300, 310}, 7));
            for (Client client : federation.clients()) {
                assertThat(all[client.id()]).containsExactlyInAnyOrder(client.pool().unlabelled());
            }
        }
    }

    @Test
    void theScoreIsTheScaledDistributionalUncertaintyTimesBothAleatoricAndTiesKeepTheirOrder() {
        double[] global = {2.5, -1.0, -0.5, -0.2, 10.0, 4.0};
        double[] local = {0.0, 1.0, 3.0, -2.0, 1.0, 1.0};
        double[] scores = FealQuery.scores(global, local, 2);
        double[] h = new double[3];
        double[] a = new double[3];
        for (int i = 0; i < 3; i++) {
            h[i] = DirichletUncertainty.distributional(DirichletUncertainty.alpha(global, i, 2));
            a[i] = DirichletUncertainty.aleatoric(DirichletUncertainty.alpha(global, i, 2))
                    + DirichletUncertainty.aleatoric(DirichletUncertainty.alpha(local, i, 2));
        }
        // row 1 (no evidence) has the largest entropy, row 2 (most evidence) the smallest: scaled to 1 and 0
        assertThat(scores).containsExactly(new double[] {(h[0] - h[2]) / (h[1] - h[2]) * a[0], a[1], 0},
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(FealQuery.scores(new double[] {1, 0, 1, 0}, new double[] {1, 0, 0, 1}, 2))
                .as("equal entropies: the reference's 0 / 0, here 0").containsExactly(0, 0);
        assertThat(io.falbench.strategy.TopScores.top(new double[] {0.5, 2, 0.5, 3}, 4)).containsExactly(3, 1, 0, 2);
    }

    @Test
    void theRegistryReadsFealsKeysAndTheClientsTrainWithTheEvidentialLoss() {
        assertThat(ModeRegistry.ownsQueryRule("feal")).isTrue();
        assertThat(feal("")).isEqualTo(new FealQuery(0.01, 10, 5, 0.85, 10_000));
        assertThat(feal("feal.kl_weight = 0.1\nfeal.annealing_step = 4\nfeal.neighbours = 3\nfeal.cosine = 0.9\n"
                + "feal.subset = 50")).isEqualTo(new FealQuery(0.1, 4, 3, 0.9, 50));
        Client client = federation(20).clients().get(0);
        assertThat(feal("").clientObjective().of(client, 3)).isInstanceOf(io.falbench.model.Evidential.class);
    }

    private static FalMode feal(String conf) {
        return ModeRegistry.create("feal", KernelsRegistry.create("java"), Protocol.parse("t", "t.conf", conf)
                .options());
    }

    private static QueryContext context(Federation federation, Network network, Weights global, Channel channel,
                                        int[] quotas, long seed) {
        return ToyQueryContext.of(federation, network, global, channel, quotas, seed, LOCAL, new QueryDiagnostics(3));
    }

    /**
     * Three clients of {@code perClient} random images (the last 10 more), labels i mod 10; clients 0 and 1 hold 10
     * labels each, client 2 none (it never trains: its local model is the global one).
     */
    private static Federation federation(int perClient) {
        Federation federation = ToyFederation.of(RandomImages.of(5, 3 * perClient + 10, i -> i % 10), perClient,
                perClient, perClient + 10);
        for (int k = 0; k < 2; k++) {
            federation.clients().get(k).acquire(IntStream.range(perClient * k, perClient * k + 10).toArray(),
                    federation.oracle());
        }
        return federation;
    }
}
