package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quirk torch-reseed: every seed draws its network weights and training order from seed 0's streams. With every
 * sample labelled from the start, nothing else differs between seeds, so their models agree exactly.
 */
class TorchReseedQuirkTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runs;

    private List<Double> firstRoundAccuracies(String quirks) throws IOException {
        Protocol protocol = Protocol.parse("reseed", "test", """
                dataset = mnist-mini
                clients = 2
                model = mlp
                strategies = random
                modes = f-al
                seeds = 2
                al.initial = 100%
                al.query = 1
                al.rounds = 0
                fl.rounds = 1
                fl.local_epochs = 1
                train.lr = 0.05
                quirks = """ + quirks + "\n");
        Path runDir = runs.resolve(quirks);
        new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT);
        return new ResultStore(runDir).all().stream().sorted(Comparator.comparingInt(r -> r.cell().seed()))
                .map(r -> r.rounds().get(0).accuracy()).toList();
    }

    @Test
    void underTheQuirkEverySeedTrainsTheSameModel() throws IOException {
        List<Double> reseeded = firstRoundAccuracies("torch-reseed");
        assertThat(reseeded).hasSize(2);
        assertThat(reseeded.get(1)).isEqualTo(reseeded.get(0));
        List<Double> plain = firstRoundAccuracies("none");
        assertThat(plain.get(1)).isNotEqualTo(plain.get(0));
        assertThat(plain.get(0)).as("seed 0 is the same run either way").isEqualTo(reseeded.get(0));
    }
}
