package io.falbench.model;

import ai.djl.training.optimizer.Optimizer;
import java.util.Map;

/**
 * A local optimiser a network resets between local trainings ({@link ResettableSgd}, {@link ResettableAdam}): its
 * learning rate, a milestone's scaling, and its state (SGD's momentum buffers, Adam's moments and step counts)
 * exported by parameter id and carried into the next training. DJL's own optimisers allocate their state on the
 * weights' manager, so a new optimiser per FedAvg client would leak it until the model closes; these live as long as
 * their network and free their state on a reset.
 */
abstract class ResettableOptimizer extends Optimizer {

    /** The running local training's learning rate. */
    protected float learningRate;

    ResettableOptimizer() {
        super(new Builder());
    }

    float learningRate() {
        return learningRate;
    }

    /** Multiplies the learning rate of the running local training (a step schedule's milestone). */
    void scaleLearningRate(float factor) {
        learningRate *= factor;
    }

    /** State to continue from (after a reset): each parameter's first step uses it. */
    abstract void carry(Map<String, float[]> state);

    /** The current state by parameter id (carried state not yet used included), a key suffix naming each part. */
    abstract Map<String, float[]> state();

    /** Frees the state. */
    abstract void close();

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
