package io.falbench.model;

/**
 * When a local-only model stops training: after the first epoch whose training accuracy (eval mode) reaches
 * {@code target}. FairFAL's and LoGo's {@code training_local_only} measure it by iterating the training loader, so
 * with {@code augmented} the images are flipped at random as in training (when the training flips); otherwise as
 * they are.
 */
public record AccuracyStop(double target, boolean augmented) {

    public AccuracyStop {
        if (!(target >= 0)) {
            throw new IllegalArgumentException("target accuracy must be >= 0, got " + target);
        }
    }
}
