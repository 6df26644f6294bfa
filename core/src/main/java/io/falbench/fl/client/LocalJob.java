package io.falbench.fl.client;

import io.falbench.model.LocalObjective;
import io.falbench.model.LocalSchedule;
import io.falbench.model.TrainingSettings;
import java.util.SplittableRandom;

/**
 * One client's local training in one communication round: its settings (the round's learning rate), its own random
 * stream, the mode's objective, the rate's step within the training, and whether it continues from the client's
 * momentum of its previous update (KAFAL's per-client optimiser).
 */
public record LocalJob(TrainingSettings settings, SplittableRandom random, LocalObjective objective,
                       LocalSchedule schedule, boolean keepMomentum) {
}
