package io.falbench.fl.message;

import io.falbench.model.Weights;

/** SCAFFOLD's instruction (Karimireddy et al., ICML 2020): the global weights x and the server's control variate c. */
public record ScaffoldModel(Weights weights, Weights control) implements Message {

    @Override
    public long bytes() {
        return weights.bytes() + control.bytes();
    }
}
