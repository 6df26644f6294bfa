package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.LocalJob;
import io.falbench.fl.message.Message;
import io.falbench.fl.server.Server;
import io.falbench.model.Network;
import java.util.Map;

/**
 * A federated optimiser (protocol key {@code fl.algorithm}, {@link FederatedOptimizers}): what the server sends each
 * client of a communication round, how the client's local SGD runs on it, what it sends back and how the server
 * aggregates the replies. The modes never see it: they get the global model a federated training leaves. An optimiser
 * holds only its settings; the state of one federated training (SCAFFOLD's control variates) lives in its
 * {@link Rounds}.
 */
@FunctionalInterface
public interface FederatedOptimizer {

    /**
     * The rounds of one federated training (one AL round's communication rounds) of {@code numClients} clients under
     * {@code settings}, the server at its initial global model; {@code network} tells which parameters SGD trains.
     */
    Rounds<?, ?> begin(Server server, int numClients, Network network, FederationSettings settings);

    /**
     * One federated training's communication rounds, each run as a {@link TrainingExchange} through the channel.
     *
     * @param <D> what the server sends down
     * @param <U> what a client sends up
     */
    interface Rounds<D extends Message, U extends Message> {

        /** Server side, in client order before any client works: the instruction for client {@code client}. */
        D configure(int client);

        /** Client side, possibly on another thread: the client trains as {@code job} says, on {@code network}. */
        U work(Client client, D instruction, LocalJob job, Network network);

        /** Server side: the replies, keyed by client id in client order, into the next global model. */
        void aggregate(Map<Integer, U> replies);
    }
}
