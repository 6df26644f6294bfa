package io.falbench.fl;

import io.falbench.model.TrainingSettings;

/**
 * FedAvg schedule of one AL round: communication rounds, local training, and a step decay of the learning rate
 * (FairFAL: 100 rounds, 5 local epochs, lr x0.1 for rounds r > int(0.75 x 100), i.e. 76..99).
 */
public record FederationSettings(int rounds, TrainingSettings local, DecaySchedule learningRateDecay,
                                 float learningRateDecayFactor, Participation participation) {

    public FederationSettings {
        if (rounds < 1) {
            throw new IllegalArgumentException("FedAvg needs at least one communication round, got " + rounds);
        }
    }

    public TrainingSettings localAt(int round) {
        return learningRateDecay.decays(round, rounds)
                ? local.withLearningRate(local.learningRate() * learningRateDecayFactor) : local;
    }
}
