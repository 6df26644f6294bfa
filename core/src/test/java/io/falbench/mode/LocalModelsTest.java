package io.falbench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.client.Client;
import io.falbench.model.Architecture;
import io.falbench.model.AccuracyStop;
import io.falbench.model.EarlyStopping;
import io.falbench.model.LocalSchedule;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local-only models start from one shared checkpoint per AL round (the reference's raw_ckpt) unless told not to. */
class LocalModelsTest {

    /** Clients without labels train nothing, so their local-only model is exactly its starting checkpoint. */
    private static Weights[] startingPoints(boolean shared) {
        ImageSet images = new ImageSet(new float[4 * 28 * 28], new int[] {0, 1, 2, 3}, 1, 28, 28);
        LocalModels models = new LocalModels(NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10),
                new TrainingSettings(1, 16, 0.01f, 0.9f, 1e-5f, false), 5, new AccuracyStop(0.99, true), 1, LocalSchedule.CONSTANT,
                shared);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 9)) {
            List<Client> clients = List.of(new Client(0, images, new int[] {0, 1}),
                    new Client(1, images, new int[] {2, 3}));
            List<Weights> round42 = models.localOnly(clients, network, 42, ClientWorkers.sequential());
            List<Weights> round43 = models.localOnly(clients, network, 43, ClientWorkers.sequential());
            return new Weights[] {round42.get(0), round42.get(1), round43.get(0)};
        }
    }

    @Test
    void ifalsDistilledModelStartsFromTheSameSharedCheckpointOfTheRound() {
        ImageSet images = new ImageSet(new float[4 * 28 * 28], new int[] {0, 1, 2, 3}, 1, 28, 28);
        LocalModels models = new LocalModels(NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10),
                new TrainingSettings(1, 16, 0.01f, 0.9f, 1e-5f, false), 5, new AccuracyStop(0.99, true), 1,
                LocalSchedule.CONSTANT, true);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 9)) {
            List<Client> clients = List.of(new Client(0, images, new int[] {0, 1}),
                    new Client(1, images, new int[] {2, 3}));
            Weights localOnly = models.localOnly(clients, network, 42, ClientWorkers.sequential()).get(0);
            List<Weights> distilled = models.distilled(clients, network, network.weights(), 42,
                    ClientWorkers.sequential(), 500, 0.1f, new EarlyStopping(5, false));
            for (Weights start : distilled) {
                assertThat(start.values().get(0)).containsExactly(localOnly.values().get(0));
            }
        }
    }

    @Test
    void everyClientStartsFromTheRoundsSharedCheckpointAndANewRoundDrawsANewOne() {
        Weights[] start = startingPoints(true);
        assertThat(start[1].values().get(0)).containsExactly(start[0].values().get(0));
        assertThat(start[2].values().get(0)).isNotEqualTo(start[0].values().get(0));
    }

    @Test
    void withoutSharingEachClientDrawsItsOwn() {
        Weights[] start = startingPoints(false);
        assertThat(start[1].values().get(0)).isNotEqualTo(start[0].values().get(0));
    }
}
