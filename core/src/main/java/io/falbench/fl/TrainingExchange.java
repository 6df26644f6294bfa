package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.message.Message;
import io.falbench.model.Network;
import java.util.Map;

/**
 * An {@link Exchange} whose clients train a network: {@link Channel#exchange(java.util.List, TrainingExchange,
 * ClientWorkers, Network)} configures every client first, in client order, then lets them work at once, each on a
 * network of its own.
 *
 * @param <D> what the server sends down
 * @param <U> what a client sends up
 * @param <R> what the server makes of the replies
 */
public interface TrainingExchange<D extends Message, U extends Message, R> {

    /** Server side, called in client order before any client works: the instruction for client {@code client}. */
    D configure(int client);

    /** Client side, possibly on another thread: the reply, worked on {@code network} (nothing else shared). */
    U work(Client client, D instruction, Network network);

    /** Server side: the replies, keyed by client id in client order. */
    R aggregate(Map<Integer, U> replies);
}
