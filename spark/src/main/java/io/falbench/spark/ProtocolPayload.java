package io.falbench.spark;

import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.Serializable;

/** A protocol as it travels to an executor: name, source and resolved text, with the driver's fingerprint. */
record ProtocolPayload(String name, String source, String text, String fingerprint) implements Serializable {

    static ProtocolPayload of(Protocol protocol) {
        return new ProtocolPayload(protocol.name(), protocol.source(), protocol.resolvedText(), protocol.fingerprint());
    }

    /** The protocol again; an error if this code reads it otherwise than the driver did (mixed falbench versions). */
    Protocol protocol() {
        Protocol protocol = Protocol.parse(name, source, text);
        if (!protocol.fingerprint().equals(fingerprint)) {
            throw new IllegalStateException("the executor reads protocol " + name + " with another fingerprint ("
                    + protocol.fingerprint() + ") than the driver (" + fingerprint + "): driver and executors must run"
                    + " the same falbench build");
        }
        return protocol;
    }

    static Cell cell(Protocol protocol, String id) {
        return protocol.cells().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("protocol " + protocol.name() + " has no cell " + id));
    }
}
