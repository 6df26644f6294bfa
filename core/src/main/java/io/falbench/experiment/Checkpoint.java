package io.falbench.experiment;

import java.util.List;
import java.util.Map;

/**
 * A cell's state after its last finished AL round, written atomically after every round: the rounds so far, every
 * client's labelled set, the mode's own state (FairFAL's frozen gamma_bar) and, in a separate binary file, the
 * network's weights for warm-started models and the mode's own arrays (CHASe's; {@link CheckpointArrays}). Every
 * random stream is derived from (root seed, purpose, round), so the round number fixes their positions. A cell resumed from it ends with exactly the numbers of an uninterrupted run.
 *
 * @param nextRound          the first AL round still to run
 * @param labelledPerClient  each client's labelled training-set indices, ascending
 * @param wallSeconds        wall time already spent on the cell before this checkpoint
 */
public record Checkpoint(String cellId, String configFingerprint, int nextRound, List<RoundResult> rounds,
                         int[][] labelledPerClient, Map<String, Double> modeState, Map<String, Double> phaseSeconds,
                         String startedAt, double wallSeconds, boolean hasWeights) {
}
