package io.falbench.fl.message;

import io.falbench.model.Weights;

/**
 * A SCAFFOLD client's reply: its weights after local training, how many labelled samples trained them, and the change
 * of its control variate, c_i+ - c_i.
 */
public record ScaffoldUpdate(Weights weights, int numSamples, Weights controlChange) implements Message {

    /** The weights and their sample count, as FedAvg aggregates them. */
    public ModelUpdate modelUpdate() {
        return new ModelUpdate(weights, numSamples);
    }

    @Override
    public long bytes() {
        return weights.bytes() + Integer.BYTES + controlChange.bytes();
    }
}
