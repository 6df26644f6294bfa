package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.message.Message;
import io.falbench.model.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The only way between the server and the clients: runs {@link Exchange exchanges} over the participating clients
 * and counts the bytes of every message, server to clients (down) and clients to server (up). No mode counts bytes.
 */
public final class Channel {

    private long bytesDown;
    private long bytesUp;

    /** Runs {@code exchange} over {@code participants}, in their order, and returns the server's aggregate. */
    public <D extends Message, U extends Message, R> R exchange(List<Client> participants, Exchange<D, U, R> exchange) {
        Map<Integer, U> replies = new LinkedHashMap<>();
        for (Client client : participants) {
            D instruction = exchange.configure(client.id());
            bytesDown += instruction.bytes();
            U reply = exchange.work(client, instruction);
            if (reply != null) {
                bytesUp += reply.bytes();
                replies.put(client.id(), reply);
            }
        }
        return exchange.aggregate(replies);
    }

    /**
     * Runs a training exchange: every participant configured in order, then their work spread over {@code workers}
     * ({@code network} serves a single worker), the replies aggregated in participant order.
     */
    public <D extends Message, U extends Message, R> R exchange(List<Client> participants,
                                                                TrainingExchange<D, U, R> exchange,
                                                                ClientWorkers workers, Network network) {
        List<Function<Network, U>> jobs = new ArrayList<>(participants.size());
        for (Client client : participants) {
            D instruction = exchange.configure(client.id());
            bytesDown += instruction.bytes();
            jobs.add(worker -> exchange.work(client, instruction, worker));
        }
        List<U> work = workers.map(network, jobs);
        Map<Integer, U> replies = new LinkedHashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            U reply = work.get(i);
            if (reply != null) {
                bytesUp += reply.bytes();
                replies.put(participants.get(i).id(), reply);
            }
        }
        return exchange.aggregate(replies);
    }

    public long bytesDown() {
        return bytesDown;
    }

    public long bytesUp() {
        return bytesUp;
    }
}
