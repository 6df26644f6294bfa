package io.falbench.kernels;

/**
 * Uncertainty scores over n x C probabilities, higher = more uncertain: margin 1 - (p1 - p2),
 * entropy -sum p log p / log C (FairFAL's normalisation), least confidence 1 - max p.
 */
public enum Uncertainty {
    MARGIN,
    ENTROPY,
    LEAST_CONFIDENCE
}
