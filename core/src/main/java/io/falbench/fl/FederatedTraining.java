package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.message.GlobalModel;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.fl.server.Server;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs FedAvg communication rounds over the clients that participate in each (all, or a seeded fraction) and hold
 * labels, each client minimising the mode's {@link ClientObjective}.
 */
public final class FederatedTraining {

    private FederatedTraining() {
    }

    /**
     * Trains the server's global model; leaves {@code network} holding the final global weights and each client that
     * trained its last update ({@link Client#lastUpdate()}).
     */
    public static void run(Network network, Server server, List<Client> clients, FederationSettings settings,
                           ClientObjective objective, SplittableRandom random, SplittableRandom participation,
                           Channel channel) {
        run(network, server, clients, settings, objective, random, participation, channel, RoundObserver.NONE);
    }

    /** As above, {@code observer} seeing the global model after every round (it may use {@code network}). */
    public static void run(Network network, Server server, List<Client> clients, FederationSettings settings,
                           ClientObjective objective, SplittableRandom random, SplittableRandom participation,
                           Channel channel, RoundObserver observer) {
        clients.forEach(Client::forgetLastUpdate);
        Map<Integer, Integer> epochsTrained = new java.util.HashMap<>();
        for (int round = 0; round < settings.rounds(); round++) {
            int[] selected = settings.participation().select(clients.size(), round, settings.rounds(), participation);
            List<Client> participants = java.util.Arrays.stream(selected).mapToObj(clients::get)
                    .filter(c -> c.pool().labelledCount() > 0).toList();
            if (participants.isEmpty()) {
                observer.afterRound(round, server.globalWeights());
                continue;
            }
            int current = round;
            Weights global = server.globalWeights();
            channel.exchange(participants, new Exchange<GlobalModel, ModelUpdate, Weights>() {
                @Override
                public GlobalModel configure(int client) {
                    return new GlobalModel(global);
                }

                @Override
                public ModelUpdate work(Client client, GlobalModel model) {
                    int before = epochsTrained.getOrDefault(client.id(), 0);
                    epochsTrained.put(client.id(), before + settings.local().epochs());
                    return client.train(network, model.weights(), settings.localAt(current, before), random.split(),
                            objective.of(client, current), settings.clientScheduleAt(before),
                            settings.keepClientMomentum());
                }

                @Override
                public Weights aggregate(Map<Integer, ModelUpdate> replies) {
                    server.aggregate(new ArrayList<>(replies.values()));
                    return server.globalWeights();
                }
            });
            observer.afterRound(round, server.globalWeights());
        }
        network.setWeights(server.globalWeights());
    }
}
