package io.falbench.experiment;

import io.falbench.protocol.Cell;
import java.util.List;

/**
 * Everything one cell produced: its rounds and the provenance needed to trust and reproduce them.
 *
 * @param failure null for a cell that ran every round; else why it stopped (e.g. training diverged), its rounds
 *                being those finished before
 */
public record CellResult(Cell cell, String configFingerprint, List<RoundResult> rounds, Provenance provenance,
                         String failure) {

    public boolean failed() {
        return failure != null;
    }

    public RoundResult last() {
        return rounds.get(rounds.size() - 1);
    }
}
