package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.client.LocalJob;
import io.falbench.fl.message.Message;
import io.falbench.fl.server.Server;
import io.falbench.model.LocalSchedule;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs the communication rounds of one federated training over the clients that participate in each (all, or a seeded
 * fraction) and hold labels, each client minimising the mode's {@link ClientObjective}, each round's exchange that of
 * the settings' {@link FederatedOptimizer} (FedAvg unless the protocol names another).
 */
public final class FederatedTraining {

    private FederatedTraining() {
    }

    /** What one client's local training of a round is given, drawn in client order before any client trains. */
    private record Draw(TrainingSettings settings, SplittableRandom random, LocalSchedule schedule) {
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
        FederatedOptimizer.Rounds<?, ?> rounds = settings.optimizer().begin(server, clients.size(), network, settings);
        Map<Integer, Integer> epochsTrained = new HashMap<>();
        for (int round = 0; round < settings.rounds(); round++) {
            int[] selected = settings.participation().select(clients.size(), round, settings.rounds(), participation);
            List<Client> participants = Arrays.stream(selected).mapToObj(clients::get)
                    .filter(c -> c.pool().labelledCount() > 0).toList();
            if (!participants.isEmpty()) {
                exchange(rounds, round, participants, settings, objective, random, epochsTrained, channel, workers,
                        network);
            }
            observer.afterRound(round, server.globalWeights());
        }
        network.setWeights(server.globalWeights());
    }

    /** One communication round's exchange: every participant's draw in client order, their work, the aggregate. */
    private static <D extends Message, U extends Message> void exchange(
            FederatedOptimizer.Rounds<D, U> rounds, int round, List<Client> participants, FederationSettings settings,
            ClientObjective objective, SplittableRandom random, Map<Integer, Integer> epochsTrained, Channel channel,
            ClientWorkers workers, Network network) {
        Map<Integer, Draw> draws = new HashMap<>();
        channel.exchange(participants, new TrainingExchange<D, U, Void>() {
            @Override
            public D configure(int client) {
                int before = epochsTrained.getOrDefault(client, 0);
                epochsTrained.put(client, before + settings.local().epochs());
                draws.put(client, new Draw(settings.localAt(round, before), random.split(),
                        settings.clientScheduleAt(before)));
                return rounds.configure(client);
            }

            @Override
            public U work(Client client, D instruction, Network worker) {
                Draw draw = draws.get(client.id());
                return rounds.work(client, instruction, new LocalJob(draw.settings(), draw.random(),
                        objective.of(client, round), draw.schedule(), settings.keepClientMomentum()), worker);
            }

            @Override
            public Void aggregate(Map<Integer, U> replies) {
                rounds.aggregate(replies);
                return null;
            }
        }, workers, network);
    }
}
