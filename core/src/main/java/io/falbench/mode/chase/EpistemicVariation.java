package io.falbench.mode.chase;

/**
 * CHASe's epistemic variation (EV; Zhang et al., TKDE 2025, arXiv 2504.17448; junzhang-zj/CHASe
 * {@code localtraining.py} {@code update_weights}): for each candidate, how many times its predicted class changed
 * from one local epoch to the next during a client's local training. A local training of E epochs gives 0 to E - 1.
 */
final class EpistemicVariation {

    private final int[] flips;
    private int[] last;

    EpistemicVariation(int candidates) {
        flips = new int[candidates];
    }

    /** The classes the model predicts for the candidates after an epoch, in candidate order. */
    void record(int[] predicted) {
        if (predicted.length != flips.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + flips.length + " candidates");
        }
        if (last != null) {
            for (int i = 0; i < flips.length; i++) {
                if (predicted[i] != last[i]) {
                    flips[i]++;
                }
            }
        }
        last = predicted.clone();
    }

    /** The changes counted so far, per candidate. */
    int[] flips() {
        return flips.clone();
    }
}
