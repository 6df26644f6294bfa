package io.falbench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fl.Channel;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.DecaySchedule;
import io.falbench.fl.FederatedTraining;
import io.falbench.fl.Federation;
import io.falbench.fl.FederationSettings;
import io.falbench.fl.Participation;
import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.fl.server.FedAvg;
import io.falbench.fl.server.Server;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.model.Kcfu;
import io.falbench.model.LocalObjective;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import io.falbench.protocol.Protocol;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** KAFAL's local model (each client's last update) and its clients' KCFU training (ycao5602/KAFAL main.py train). */
class KafalLocalModelTest {

    private static final TrainingSettings LOCAL = new TrainingSettings(1, 4, 0.05f, 0.9f, 5e-4f, false);

    @Test
    void clientUpdateScoresWithExactlyTheWeightsEachClientSentInItsLastUpdate() {
        Federation federation = federation();
        Client idle = federation.clients().get(2);
        Map<Integer, Weights> sent = new HashMap<>();
        KafalQuery kafal = new KafalQuery(true, true, true, false, false);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            Server server = new Server(network.weights(), (current, updates) -> {
                for (int k = 0; k < updates.size(); k++) {
                    sent.put(k, updates.get(k).weights());
                }
                return FedAvg.aggregate(updates);
            });
            FederatedTraining.run(network, server, federation.clients(), new FederationSettings(2, LOCAL,
                    DecaySchedule.parse("75%"), 0.1f, Participation.FULL), kafal.clientObjective(),
                    new SplittableRandom(2), new SplittableRandom(3), new Channel());
            Weights global = network.weights();
            QueryContext context = new QueryContext(federation, network, global, List.of(), null, List.of(), new int[3], 0, 7, 7,
                    null, null, null, ClientWorkers.sequential());
            // clients 0 and 1 hold labels and trained in the last round, in that order; client 2 holds none
            for (int k = 0; k < 2; k++) {
                Client client = federation.clients().get(k);
                assertThat(client.lastUpdate()).containsSame(sent.get(k));
                assertThat(kafal.localModels(context).get(k)).isSameAs(sent.get(k));
            }
            assertThat(idle.lastUpdate()).isEmpty();
            assertThat(kafal.localModels(context).get(2)).isSameAs(global);
        }
    }

    @Test
    void withoutKcfuTheClientsTrainWithPlainCrossEntropyAndWithItTheyTrainOtherwise() {
        Federation federation = federation();
        Client client = federation.clients().get(0);
        ClientObjective plain = new KafalQuery(true, true, false, false, false).clientObjective();
        ClientObjective kcfu = new KafalQuery(true, true, true, false, false).clientObjective();
        assertThat(plain).isSameAs(ClientObjective.CROSS_ENTROPY);
        Weights reference = trained(client, LocalObjective.CROSS_ENTROPY);
        assertThat(trained(client, plain.of(client, 1)).values().get(0)).isEqualTo(reference.values().get(0));
        assertThat(trained(client, kcfu.of(client, 0)).values().get(0)).isNotEqualTo(reference.values().get(0));
    }

    @Test
    void theDistillationIsOffInTheFirstCommunicationRoundAndOnFromTheSecond() {
        Federation federation = federation();
        Client client = federation.clients().get(0);
        ClientObjective kcfu = new KafalQuery(true, true, true, false, false).clientObjective();
        Weights noDistillation = trained(client, new Kcfu(client.images(), client.pool().unlabelled(),
                client.labelledLabels(), false, false));
        assertThat(trained(client, kcfu.of(client, 0)).values().get(0)).isEqualTo(noDistillation.values().get(0));
        assertThat(trained(client, kcfu.of(client, 1)).values().get(0)).isNotEqualTo(noDistillation.values().get(0));
        ClientObjective quirk = new KafalQuery(true, true, true, true, false).clientObjective();
        assertThat(trained(client, quirk.of(client, 1)).values().get(0))
                .isNotEqualTo(trained(client, kcfu.of(client, 1)).values().get(0));
    }

    @Test
    void theProtocolSetsTheKeysAndQuirksReferenceTurnsOnBothKafalQuirks() {
        assertThat(ModeRegistry.create("kafal", null, Protocol.parse("t", "t.conf", "").options()))
                .isEqualTo(new KafalQuery(true, true, true, false, false));
        assertThat(ModeRegistry.create("kafal", null, Protocol.parse("t", "t.conf", "quirks = reference\n"
                + "kafal.local_model = fine-tuned\nkafal.kcfu = false\n").options()))
                .isEqualTo(new KafalQuery(true, false, false, true, true));
    }

    @Test
    void underTheStaleQuirkKcfuDistilsOnTheFirstRoundsPoolLabelsAcquiredSinceIncluded() {
        Federation federation = federation();
        Client client = federation.clients().get(0);
        client.markFirstRound();
        int[] firstPool = client.pool().unlabelled();
        client.acquire(new int[] {firstPool[0], firstPool[1]}, federation.oracle());
        ClientObjective stale = new KafalQuery(true, true, true, false, true).clientObjective();
        ClientObjective current = new KafalQuery(true, true, true, false, false).clientObjective();
        assertThat(client.firstRoundUnlabelled()).containsExactly(firstPool);
        assertThat(client.pool().unlabelled()).hasSize(firstPool.length - 2);
        Weights onFirstPool = trained(client, new Kcfu(client.images(), firstPool, client.labelledLabels(), true,
                false));
        assertThat(trained(client, stale.of(client, 1)).values().get(0)).isEqualTo(onFirstPool.values().get(0));
        assertThat(trained(client, current.of(client, 1)).values().get(0)).isNotEqualTo(onFirstPool.values().get(0));
    }

    private static Weights trained(Client client, LocalObjective objective) {
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            ModelUpdate update = client.train(network, network.weights(), LOCAL, new SplittableRandom(9), objective);
            return update.weights();
        }
    }

    /** Three clients of 16 random images each, labels i mod 10; clients 0 and 1 hold 8 labels each (classes 0-7). */
    private static Federation federation() {
        Federation federation = ToyFederation.of(RandomImages.of(5, 48, i -> i % 10), 16, 16, 16);
        for (int k = 0; k < 2; k++) {
            federation.clients().get(k).acquire(IntStream.range(16 * k, 16 * k + 8).toArray(), federation.oracle());
        }
        return federation;
    }
}
