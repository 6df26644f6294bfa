package io.falbench.model;

/**
 * What a federated optimiser adds to a client's local SGD to hold it near the global model (none for FedAvg).
 * FedProx (Li et al., MLSys 2020): the proximal term mu/2 ||w - anchor||^2 on the local objective, i.e. mu (w - anchor)
 * added to the gradient of every trained parameter before each step (before weight decay and momentum; BatchNorm's
 * running statistics are not trained and get none). SCAFFOLD (Karimireddy et al., ICML 2020): after each optimizer step,
 * every array the correction names moves by -lr x its correction (c - c_i), outside the momentum.
 *
 * @param anchor     the proximal term's centre (the round's global weights), or null for none
 * @param mu         the proximal term's weight (0 adds a zero term: FedAvg's numbers)
 * @param correction SCAFFOLD's c - c_i by array name, or null for none
 */
public record DriftCorrection(Weights anchor, float mu, Weights correction) {

    public static final DriftCorrection NONE = new DriftCorrection(null, 0, null);

    public DriftCorrection {
        if (!(mu >= 0)) {
            throw new IllegalArgumentException("a proximal term's mu cannot be negative, got " + mu);
        }
        if (anchor == null && mu != 0) {
            throw new IllegalArgumentException("a proximal term of mu " + mu + " needs an anchor");
        }
    }

    public static DriftCorrection proximal(Weights anchor, float mu) {
        return new DriftCorrection(anchor, mu, null);
    }

    public static DriftCorrection control(Weights correction) {
        return new DriftCorrection(null, 0, correction);
    }
}
