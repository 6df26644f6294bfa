package io.falbench.experiment;

import io.falbench.protocol.Cell;

import java.util.List;

/** Everything one cell produced: its rounds and the provenance needed to trust and reproduce them. */
public record CellResult(Cell cell, String configFingerprint, List<RoundResult> rounds, Provenance provenance) {

    public RoundResult last() {
        return rounds.get(rounds.size() - 1);
    }
}
