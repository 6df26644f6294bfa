package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.Trainer;
import java.util.SplittableRandom;

/**
 * What one local training minimises, one labelled mini-batch at a time: softmax cross-entropy (FedAvg's clients),
 * or a mode's own objective such as KAFAL's KCFU ({@link Kcfu}) or IFAL's distillation ({@link KnowledgeDistillation}).
 * An objective serves one local training.
 */
public interface LocalObjective {

    /** Softmax cross-entropy of the labelled batch, averaged over it. */
    LocalObjective CROSS_ENTROPY = (trainer, input, logits, labels, step) ->
            trainer.getLoss().evaluate(new NDList(labels), new NDList(logits));

    /**
     * Called once before the first step, the network at its starting weights (which it must hold again on return),
     * for a training of {@code labelled} samples with {@code settings}; draws only from {@code random}.
     */
    default void begin(Network network, TrainingSettings settings, int labelled, SplittableRandom random) {
    }

    /**
     * The loss of optimizer step {@code step} (0-based, counted over all epochs), given the labelled batch's input (the
     * images as trained on, augmented and normalised), logits and labels; called inside the step's gradient scope, so
     * forwards through {@code trainer} carry gradients.
     */
    NDArray loss(Trainer trainer, NDArray input, NDArray logits, NDArray labels, int step);

    /**
     * Called after each epoch's last step (0-based {@code epoch}), outside any gradient scope, the network at its
     * weights so far (CHASe's epistemic variation predicts with them); it must not change them.
     */
    default void epochEnd(Network network, int epoch) {
    }
}
