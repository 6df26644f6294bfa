package io.falbench.experiment;

import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Test fixture: runs a protocol into a run directory and returns every cell's rounds, in the store's cell order. */
final class Rounds {

    private Rounds() {
    }

    static List<RoundResult> of(Protocol protocol, Path dataDir, Path runDir) throws IOException {
        new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT);
        return new ResultStore(runDir).all().stream().flatMap(cell -> cell.rounds().stream()).toList();
    }
}
