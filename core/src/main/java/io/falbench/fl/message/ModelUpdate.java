package io.falbench.fl.message;

import io.falbench.model.Weights;

/** What a client sends the server after local training: its weights and how many labelled samples trained them. */
public record ModelUpdate(Weights weights, int numSamples) implements Message {

    @Override
    public long bytes() {
        return weights.bytes() + Integer.BYTES;
    }
}
