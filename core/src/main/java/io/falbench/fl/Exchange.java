package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.message.Message;
import java.util.Map;

/**
 * One exchange between the server and its clients, shaped like a Flower strategy (Beutel et al. 2020): the server
 * configures what each client receives, each client works on it with what it holds, the server aggregates the
 * replies. Every message passes through a {@link Channel}, which counts its bytes.
 *
 * @param <D> what the server sends down
 * @param <U> what a client sends up
 * @param <R> what the server makes of the replies
 */
public interface Exchange<D extends Message, U extends Message, R> {

    /** Server side: the instruction for client {@code client}. */
    D configure(int client);

    /** Client side: the client's reply, or null when it has nothing to send. */
    U work(Client client, D instruction);

    /** Server side: the replies, keyed by client id in client order. */
    R aggregate(Map<Integer, U> replies);
}
