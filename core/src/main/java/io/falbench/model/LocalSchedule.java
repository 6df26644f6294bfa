package io.falbench.model;

/**
 * The step schedule of a local-only model (FairFAL and LoGo {@code training_local_only}: SGD with MultiStepLR,
 * milestone int(3/4 x 50) = 37, gamma 0.1): the learning rate is multiplied by {@code factor} from epoch
 * {@code milestone} on. With {@code perOptimizerStep} (the reference code's quirk: its scheduler steps once per batch)
 * the milestone counts optimizer steps instead of epochs.
 *
 * @param milestone 0 for a constant learning rate
 */
public record LocalSchedule(int milestone, float factor, boolean perOptimizerStep) {

    public static final LocalSchedule CONSTANT = new LocalSchedule(0, 1f, false);

    public LocalSchedule {
        if (milestone < 0 || !(factor > 0)) {
            throw new IllegalArgumentException("bad local schedule: milestone " + milestone + ", factor " + factor);
        }
    }

    /** Whether the rate steps down once {@code count} epochs (or optimizer steps) have run. */
    boolean stepsAt(int count, boolean countsSteps) {
        return milestone > 0 && countsSteps == perOptimizerStep && count == milestone;
    }
}
