package io.falbench.fl.message;

import io.falbench.model.Weights;

/** The server's global weights, sent to a client before it trains. */
public record GlobalModel(Weights weights) implements Message {

    @Override
    public long bytes() {
        return weights.bytes();
    }
}
