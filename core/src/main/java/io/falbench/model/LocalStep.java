package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;

/**
 * The one optimiser a network's trainer holds: each local training resets it to the optimiser its settings name
 * ({@link LocalOptimizer}) and every update goes to that one. DJL fixes a trainer's optimiser when the trainer is
 * made, and a network keeps one trainer for its whole life (flat native memory), hence the switch.
 */
final class LocalStep extends Optimizer {

    private final ResettableSgd sgd = new ResettableSgd();
    private final ResettableAdam adam = new ResettableAdam();
    private ResettableOptimizer active = sgd;

    LocalStep() {
        super(new Builder());
    }

    /** Drops the state of the last local training and sets up the next with {@code settings}. */
    void reset(TrainingSettings settings) {
        sgd.reset(settings.learningRate(), settings.momentum(), settings.weightDecay());
        adam.reset(settings.learningRate(), settings.weightDecay());
        active = settings.optimizer() == LocalOptimizer.ADAM ? adam : sgd;
    }

    ResettableOptimizer active() {
        return active;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        active.update(parameterId, weight, grad);
    }

    void close() {
        sgd.close();
        adam.close();
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
