package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.server.Server;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Partial participation: int(K x fraction) distinct clients per FedAvg round from its own stream, all in the last. */
class ParticipationTest {

    @Test
    void eachRoundButTheLastTakesIntOfKTimesTheFractionDistinctClientsAndTheLastTakesAll() {
        Participation kafal = new Participation(0.8, true);
        SplittableRandom random = new SplittableRandom(1);
        int[] times = new int[10];
        for (int round = 0; round < 50; round++) {
            int[] chosen = kafal.select(10, round, 50, random);
            assertThat(chosen).hasSize(round == 49 ? 10 : 8).doesNotHaveDuplicates().isSorted();
            for (int k : chosen) {
                times[k]++;
            }
        }
        // 49 rounds x 8 of 10 + the last: each client about 40.2 times
        assertThat(IntStream.of(times).sum()).isEqualTo(49 * 8 + 10);
        assertThat(IntStream.of(times).min().orElseThrow()).isGreaterThanOrEqualTo(30);
        assertThat(IntStream.of(times).max().orElseThrow()).isLessThanOrEqualTo(50);
        assertThat(new Participation(0.8, false).select(10, 49, 50, new SplittableRandom(1))).hasSize(8);
        assertThat(new Participation(0.05, true).select(10, 0, 3, new SplittableRandom(1))).hasSize(1);
        assertThat(Participation.FULL.select(4, 0, 3, null)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theChannelCarriesTheGlobalModelToExactlyTheParticipantsOfEachRound() {
        Federation federation = FedProxTest.federation(4, 4, 4, 4, 4);
        TrainingSettings local = new TrainingSettings(1, 4, 0.01f, 0.9f, 1e-5f, false);
        FederationSettings settings = new FederationSettings(3, local, DecaySchedule.parse("75%"), 0.1f,
                new Participation(0.4, true));
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            long modelBytes = network.weights().bytes();
            Channel channel = new Channel();
            FederatedTraining.run(network, new Server(network.weights()), federation.clients(), settings,
                    ClientObjective.CROSS_ENTROPY, new SplittableRandom(2), new SplittableRandom(3), channel);
            assertThat(channel.bytesDown()).isEqualTo((2 + 2 + 5) * modelBytes);
        }
    }
}
