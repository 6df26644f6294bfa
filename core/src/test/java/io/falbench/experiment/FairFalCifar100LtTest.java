package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.Sha256;
import io.falbench.datasets.transform.LongTail;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.Quotas;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped protocol {@code fairfal-cifar100-lt}, reduced by overrides as {@code --set} gives them, runs its first
 * AL round and query on a synthetic CIFAR-100 in the publisher's binary layout (no registry serves the real one):
 * 20 images of each of the 100 fine classes, long-tailed at rho 20, verified against the fixture's own hashes.
 */
class FairFalCifar100LtTest {

    @TempDir
    Path dataDir;

    /** Records of a coarse label byte, a fine label byte (r % 100) and 3,072 random pixel bytes. */
    private static byte[] records(int count, long seed) {
        byte[] content = new byte[count * 3074];
        new SplittableRandom(seed).nextBytes(content);
        for (int r = 0; r < count; r++) {
            content[r * 3074] = (byte) ((r % 100) / 5);
            content[r * 3074 + 1] = (byte) (r % 100);
        }
        return content;
    }

    /** The registry's CIFAR-100 entry with the fixture's files, written into the data directory. */
    private DatasetSpec fixture(byte[] train, byte[] test) throws IOException {
        DatasetSpec real = DatasetRegistry.CIFAR100;
        Path folder = Files.createDirectories(real.directory(dataDir));
        Files.write(folder.resolve("train.bin"), train);
        Files.write(folder.resolve("test.bin"), test);
        return new DatasetSpec(real.name(), real.description(), real.format(), real.shape(), real.classNames(),
                List.of(new DataFile("train.bin", Sha256.of(train), train.length)),
                List.of(new DataFile("test.bin", Sha256.of(test), test.length)), real.sources(), real.licence())
                .referenceNormalization(real.referenceNormalization());
    }

    @Test
    void theFirstAlRoundRunsOnOneHundredLongTailedClassesUnderFAlAndFairFal() throws IOException {
        Protocol protocol = Protocol.load("fairfal-cifar100-lt").with(Map.of("seeds", "1", "clients", "4",
                "fl.rounds", "1", "fl.local_epochs", "1", "al.rounds", "1", "strategies", "badge",
                "modes", "f-al, fairfal", "local.max_epochs", "2"));
        PreparedData data = PreparedData.prepare(protocol, fixture(records(2000, 1), records(100, 2)), dataDir,
                line -> { });
        int longTailed = Arrays.stream(LongTail.counts(20, 100, 20)).sum();
        assertThat(data.trainSize()).isEqualTo(longTailed).isEqualTo(591);
        assertThat(data.views(0).train().classHistogram(100)).containsExactly(LongTail.counts(20, 100, 20));
        Feasibility.check(protocol, data);

        CellRunner runner = new CellRunner(protocol, data, RunEnvironment.detect("java"),
                KernelsRegistry.create("java"));
        List<Cell> cells = protocol.cells();
        assertThat(cells).extracting(Cell::mode).containsExactly("f-al", "fairfal");
        for (Cell cell : cells) {
            CellResult result = runner.run(cell, ProgressListener.SILENT);
            assertThat(result.failed()).as(cell.mode()).isFalse();
            assertThat(result.rounds()).hasSize(2);
            RoundResult first = result.rounds().get(0);
            // 5% of round(591, -2) = 30: int(30 / 4) = 7 per client, 28 labelled, as the official code's rounding
            assertThat(first.labels().perClient()).as(cell.mode()).containsOnly(7);
            assertThat(first.labels().perClass()).hasSize(100);
            assertThat(first.labels().queriedPerClient()).as(cell.mode()).containsOnly(7);
            assertThat(first.accuracy()).isBetween(0.0, 1.0);
            assertThat(result.rounds().get(1).labels().labelled()).isEqualTo(56);
        }
    }

    @Test
    void theOfficialBudgetOfCifar100LtIsSeventyNinePerClient() throws IOException {
        Protocol protocol = Protocol.load("fairfal-cifar100-lt");
        int n = Arrays.stream(LongTail.counts(500, 100, 20)).sum();
        assertThat(n).isEqualTo(15_907);
        assertThat(protocol.activeLearning().query().of(n)).isEqualTo(795);
        int[] pools = new int[10];
        Arrays.fill(pools, n / 10);
        assertThat(Quotas.split(protocol.activeLearning().quota(), 795, pools, pools))
                .containsOnly(79);
        assertThat(protocol.activeLearning().initialQuota()).isEqualTo("equal-floor");
        assertThat(protocol.resolved()).containsEntry("data.normalize", "reference")
                .containsEntry("model", "cnn4conv").containsEntry("partitions", "dir-balance:0.1");
        assertThat(protocol.data().normalization().mean()).containsExactly(0.485f, 0.456f, 0.406f);
    }

    @Test
    void aSpecOfAnotherDataSetIsRefused() throws IOException {
        Protocol protocol = Protocol.load("quickstart");
        assertThatThrownBy(() -> PreparedData.prepare(protocol, DatasetRegistry.CIFAR100, dataDir, line -> { }))
                .hasMessage("protocol quickstart reads data set mnist-mini, not cifar100");
    }
}
