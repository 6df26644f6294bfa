package io.falbench.fl;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.fl.server.Server;
import io.falbench.fl.client.Client;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Runs FedAvg communication rounds over all clients holding labels (full participation). */
public final class FederatedTraining {

    private FederatedTraining() {
    }

    /** Trains the server's global model; leaves {@code network} holding the final global weights. */
    public static void run(Network network, Server server, List<Client> clients, FederationSettings settings,
                           SplittableRandom random, Communication communication) {
        for (int round = 0; round < settings.rounds(); round++) {
            Weights global = server.globalWeights();
            List<ModelUpdate> updates = new ArrayList<>();
            for (Client client : clients) {
                if (client.pool().labelledCount() == 0) {
                    continue;
                }
                communication.sentDown(global.bytes());
                ModelUpdate update = client.train(network, global, settings.localAt(round), random.split());
                communication.sentUp(update.weights().bytes() + Integer.BYTES);
                updates.add(update);
            }
            if (!updates.isEmpty()) {
                server.aggregate(updates);
            }
        }
        network.setWeights(server.globalWeights());
    }
}
