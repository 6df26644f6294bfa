package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.server.Server;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** FedProx through a federated training: mu = 0 is FedAvg to the last bit, mu > 0 moves the result. */
class FedProxTest {

    /** Clients of {@code sizes[k]} random 28x28 images each, every image labelled. */
    static Federation federation(int... sizes) {
        Federation federation = ToyFederation.of(RandomImages.of(5, IntStream.of(sizes).sum(), i -> i % 10), sizes);
        for (Client client : federation.clients()) {
            client.acquire(client.pool().unlabelled(), federation.oracle());
        }
        return federation;
    }

    /** Three rounds of two local epochs of batches of 2, two of three clients a round; the final global weights. */
    private static Weights train(FederatedOptimizer optimizer, Channel channel) {
        Federation federation = federation(4, 4, 4);
        FederationSettings settings = new FederationSettings(3, new TrainingSettings(2, 2, 0.05f, 0.9f, 1e-5f, false),
                DecaySchedule.parse("50%"), 0.1f, new Participation(0.67, false)).with(optimizer);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            FederatedTraining.run(network, new Server(network.weights()), federation.clients(), settings,
                    ClientObjective.CROSS_ENTROPY, new SplittableRandom(2), new SplittableRandom(3), channel);
            return network.weights();
        }
    }

    @Test
    void fedProxWithMuZeroGivesFedAvgsWeightsToTheLastBitAndAPositiveMuOthers() {
        Channel fedAvgChannel = new Channel();
        Channel fedProxChannel = new Channel();
        List<float[]> fedAvg = train(FederatedOptimizers.FEDAVG, fedAvgChannel).values();
        List<float[]> muZero = train(new FedProx(0), fedProxChannel).values();
        for (int a = 0; a < fedAvg.size(); a++) {
            assertThat(muZero.get(a)).as("array %d", a).isEqualTo(fedAvg.get(a));
        }
        assertThat(fedProxChannel.bytesDown()).isEqualTo(fedAvgChannel.bytesDown());
        assertThat(fedProxChannel.bytesUp()).isEqualTo(fedAvgChannel.bytesUp());
        List<float[]> proximal = train(new FedProx(0.5), new Channel()).values();
        assertThat(proximal.get(0)).isNotEqualTo(fedAvg.get(0));
    }
}
