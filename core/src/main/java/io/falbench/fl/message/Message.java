package io.falbench.fl.message;

/** Anything that crosses the federated boundary: it says how many bytes it costs on the wire. */
public interface Message {

    long bytes();
}
