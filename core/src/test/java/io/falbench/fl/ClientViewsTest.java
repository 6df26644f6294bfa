package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import io.falbench.fl.client.Client;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.partition.Partition;
import org.junit.jupiter.api.Test;

/** A client trains on its training view and scores its queries on its query view (the two-views quirk). */
class ClientViewsTest {

    @Test
    void queriesAreScoredOnTheQueryViewAndTrainingUsesTheTrainingView() {
        ImageSet train = RandomImages.of(1, 6, i -> i % 3);
        ImageSet query = RandomImages.of(2, 6, i -> i % 3);
        Federation federation = Federation.of(train, query, new Partition(new int[][] {{0, 1, 2}, {3, 4, 5}}), 3);
        Client client = federation.clients().get(1);
        assertThat(client.images()).isSameAs(train);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 3, 4)) {
            int[] samples = {3, 5};
            assertThat(client.predict(network, samples).probabilities())
                    .containsExactly(network.predict(query, samples).probabilities())
                    .isNotEqualTo(network.predict(train, samples).probabilities());
        }
        Client single = Federation.of(train, new Partition(new int[][] {{0, 1, 2, 3, 4, 5}}), 3).clients().get(0);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 3, 4)) {
            assertThat(single.predict(network, new int[] {0}).probabilities())
                    .containsExactly(network.predict(train, new int[] {0}).probabilities());
        }
    }
}
