package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell whose training diverges stops, says why in its cell file and results, and the run goes on. */
class NumericalFailureTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runDir;

    @Test
    void aDivergingCellStopsRecordsWhyAndTheRunGoesOnToTheNextCell() throws IOException {
        Protocol protocol = Protocol.parse("diverges", "test", """
                dataset = mnist-mini
                clients = 2
                model = mlp
                model.init = djl
                strategies = random, margin
                al.initial = 40
                al.query = 10
                al.rounds = 2
                fl.rounds = 3
                fl.local_epochs = 2
                train.lr = 100
                """);
        assertThat(new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT)).isEqualTo(2);
        List<CellResult> results = new ResultStore(runDir).all();
        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.failed()).isTrue();
            assertThat(r.failure()).matches("AL round \\d: training loss became (NaN|Infinity|-Infinity) .*")
                    .contains("lower train.lr");
            assertThat(r.rounds()).hasSizeLessThan(3);
        });
        assertThat(Files.readString(runDir.resolve("run.log"))).contains("FAILED: AL round");
        assertThat(Files.readString(runDir.resolve("results.csv"))).contains("training loss became");
    }
}
