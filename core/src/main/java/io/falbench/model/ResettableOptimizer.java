package io.falbench.model;

import java.util.Map;

/**
 * What a network asks of its local optimiser between local trainings ({@link ResettableSgd}, {@link ResettableAdam}):
 * its learning rate, a milestone's scaling, and its state (SGD's momentum buffers, Adam's moments and step counts)
 * exported by parameter id and carried into the next training.
 */
interface ResettableOptimizer {

    float learningRate();

    /** Multiplies the learning rate of the running local training (a step schedule's milestone). */
    void scaleLearningRate(float factor);

    /** State to continue from (after a reset): each parameter's first step uses it. */
    void carry(Map<String, float[]> state);

    /** The current state by parameter id, a key suffix naming each part where there are several. */
    Map<String, float[]> state();

    void close();
}
