package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.message.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public long bytesDown() {
        return bytesDown;
    }

    public long bytesUp() {
        return bytesUp;
    }
}
