package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tensor a training or a query still uses must outlive the garbage collector (docs/reliability.md): with a
 * thread collecting garbage every 5 ms, each local objective (cross-entropy, KAFAL's KCFU, IFAL's distillation),
 * the federated optimisers, mixed precision and concurrent clients give the run they give without it, to the last
 * bit. (A collection at the wrong moment made IFAL's distillation NaN or drift until 2026-12-07.)
 */
class GarbageCollectionTest {

    private static final String BASE = """
            dataset = mnist-mini
            clients = 3
            partitions = dir-balance:0.5
            model = mlp
            seeds = 1
            al.initial = 60
            al.query = 30
            al.rounds = 1
            fl.rounds = 2
            fl.local_epochs = 1
            local.max_epochs = 3
            train.lr = 0.05
            """;

    @TempDir
    Path dataDir;

    @TempDir
    Path runs;

    @Test
    void aCollectorRunningEveryFiveMillisecondsChangesNoResult() throws IOException, InterruptedException {
        String[] variants = {
            "strategies = margin\nmodes = f-al, kafal, ifal\nclient_workers = 3\n",
            "strategies = margin\nmodes = f-al\nfl.algorithm = fedprox\nfedprox.mu = 0.1\n",
            "strategies = margin\nmodes = f-al\nfl.algorithm = scaffold\n",
            "strategies = margin\nmodes = ifal\ntrain.precision = bf16\n",
        };
        for (int v = 0; v < variants.length; v++) {
            Protocol protocol = Protocol.parse("gc", "test", BASE + variants[v]);
            List<RoundResult> quiet = run(protocol, "quiet" + v);
            Thread collector = new Thread(() -> {
                try {
                    while (true) {
                        System.gc();
                        Thread.sleep(5);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "garbage-collector-storm");
            collector.setDaemon(true);
            collector.start();
            List<RoundResult> collected;
            try {
                collected = run(protocol, "collected" + v);
            } finally {
                collector.interrupt();
                collector.join();
            }
            assertThat(collected).as(variants[v]).hasSameSizeAs(quiet);
            for (int r = 0; r < quiet.size(); r++) {
                assertThat(collected.get(r).accuracy()).as("%s round %d", variants[v], r)
                        .isEqualTo(quiet.get(r).accuracy());
                assertThat(collected.get(r).labels().perClient()).isEqualTo(quiet.get(r).labels().perClient());
            }
        }
    }

    private List<RoundResult> run(Protocol protocol, String name) throws IOException {
        return Rounds.of(protocol, dataDir, runs.resolve(name));
    }
}
