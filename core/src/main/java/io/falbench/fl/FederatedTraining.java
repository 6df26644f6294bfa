package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.message.GlobalModel;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.fl.server.Server;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import io.falbench.model.LocalSchedule;
import io.falbench.model.TrainingSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** What one client's local training of a round is given, drawn in client order before any client trains. */
    private record LocalJob(TrainingSettings settings, SplittableRandom random, LocalSchedule schedule) {
    }

    /**
     * Trains the server's global model; leaves {@code network} holding the final global weights and each client that
     * trained its last update ({@link Client#lastUpdate()}).
     */
    public static void run(Network network, Server server, List<Client> clients, FederationSettings settings,
                           ClientObjective objective, SplittableRandom random, SplittableRandom participation,
                           Channel channel) {
        run(network, server, clients, settings, objective, random, participation, channel, RoundObserver.NONE,
                ClientWorkers.sequential());
    }

    /**
     * As above, {@code observer} seeing the global model after every round (it may use {@code network}), the
     * participants of a round training at once on {@code workers}.
     */
    public static void run(Network network, Server server, List<Client> clients, FederationSettings settings,
                           ClientObjective objective, SplittableRandom random, SplittableRandom participation,
                           Channel channel, RoundObserver observer, ClientWorkers workers) {
        clients.forEach(Client::forgetLastUpdate);
        Map<Integer, Integer> epochsTrained = new HashMap<>();
        for (int round = 0; round < settings.rounds(); round++) {
            int[] selected = settings.participation().select(clients.size(), round, settings.rounds(), participation);
            List<Client> participants = Arrays.stream(selected).mapToObj(clients::get)
                    .filter(c -> c.pool().labelledCount() > 0).toList();
            if (participants.isEmpty()) {
                observer.afterRound(round, server.globalWeights());
                continue;
            }
            int current = round;
            Weights global = server.globalWeights();
            Map<Integer, LocalJob> jobs = new HashMap<>();
            channel.exchange(participants, new TrainingExchange<GlobalModel, ModelUpdate, Weights>() {
                @Override
                public GlobalModel configure(int client) {
                    int before = epochsTrained.getOrDefault(client, 0);
                    epochsTrained.put(client, before + settings.local().epochs());
                    jobs.put(client, new LocalJob(settings.localAt(current, before), random.split(),
                            settings.clientScheduleAt(before)));
                    return new GlobalModel(global);
                }

                @Override
                public ModelUpdate work(Client client, GlobalModel model, Network worker) {
                    LocalJob job = jobs.get(client.id());
                    return client.train(worker, model.weights(), job.settings(), job.random(),
                            objective.of(client, current), job.schedule(), settings.keepClientMomentum());
                }

                @Override
                public Weights aggregate(Map<Integer, ModelUpdate> replies) {
                    server.aggregate(new ArrayList<>(replies.values()));
                    return server.globalWeights();
                }
            }, workers, network);
            observer.afterRound(round, server.globalWeights());
        }
        network.setWeights(server.globalWeights());
    }
}
