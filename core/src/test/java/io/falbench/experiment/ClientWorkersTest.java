package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * client_workers: the clients of a FedAvg round (or a FedProx or SCAFFOLD one) trained at once on network replicas
 * give the run the sequential clients give at the same native threads per client, to the last bit (accuracy, labels,
 * bytes), and the same fingerprint. (PyTorch's results may depend on the threads of an operation, so three workers sharing the build's two
 * threads, one each, are compared with a sequential run on one thread.)
 */
class ClientWorkersTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runs;

    private static final String FEDAVG = """
            dataset = mnist-mini
            clients = 4
            model = mlp
            strategies = margin
            modes = f-al
            seeds = 1
            al.initial = 60
            al.query = 30
            al.rounds = 1
            fl.rounds = 3
            fl.local_epochs = 1
            fl.client_fraction = 0.75
            train.lr = 0.05
            """;

    /** KAFAL: KCFU's distillation forwards on the worker's network, each client keeps its own optimiser momentum. */
    private static final String KAFAL = """
            dataset = mnist-mini
            clients = 3
            model = cnn4conv
            modes = kafal
            seeds = 1
            al.initial = 60
            al.query = 30
            al.rounds = 1
            fl.rounds = 2
            fl.local_epochs = 1
            fl.client_optimizer = persistent
            train.lr = 0.01
            """;

    /**
     * Local-only models (LoGo, FairFAL, S-AL, IFAL's distilled one with a teacher network per job) and the client-alone
     * bound train their clients at once too.
     */
    private static final String LOCAL_MODELS = """
            dataset = mnist-mini
            clients = 3
            model = mlp
            strategies = margin
            modes = logo, fairfal, s-al, fal-local, client-alone, ifal
            seeds = 1
            al.initial = 60
            al.query = 30
            al.rounds = 1
            fl.rounds = 2
            fl.local_epochs = 1
            local.max_epochs = 3
            train.lr = 0.05
            """;

    private List<RoundResult> run(String protocolText, String extra, String name) throws IOException {
        return Rounds.of(Protocol.parse("workers", "test", protocolText + extra), dataDir, runs.resolve(name));
    }

    private void assertSameRun(String protocolText, String name) throws IOException {
        Engine.getEngine("PyTorch");
        int threads = JniUtils.getNumThreads();
        List<RoundResult> sequential;
        JniUtils.setNumThreads(1);
        try {
            sequential = run(protocolText, "", name + "-1");
        } finally {
            JniUtils.setNumThreads(threads);
        }
        List<RoundResult> concurrent = run(protocolText, "client_workers = 3\n", name + "-3");
        assertThat(concurrent).hasSameSizeAs(sequential);
        for (int r = 0; r < sequential.size(); r++) {
            assertThat(concurrent.get(r).accuracy()).as("AL round %d", r).isEqualTo(sequential.get(r).accuracy());
            assertThat(concurrent.get(r).labels().perClient()).isEqualTo(sequential.get(r).labels().perClient());
            assertThat(concurrent.get(r).costs()).isEqualTo(sequential.get(r).costs());
        }
        assertThat(Protocol.parse("w", "test", protocolText + "client_workers = 3\n").fingerprint())
                .isEqualTo(Protocol.parse("w", "test", protocolText).fingerprint());
    }

    @Test
    void concurrentClientsGiveTheSequentialRun() throws IOException {
        assertSameRun(FEDAVG, "fedavg");
    }

    /** SCAFFOLD's client control variates live on the clients, updated on the workers; FedProx's anchors too. */
    @Test
    void concurrentScaffoldAndFedProxClientsGiveTheSequentialRun() throws IOException {
        assertSameRun(FEDAVG + "fl.algorithm = scaffold\n", "scaffold");
        assertSameRun(FEDAVG + "fl.algorithm = fedprox\nfedprox.mu = 0.1\n", "fedprox");
    }

    @Test
    void concurrentKafalClientsGiveTheSequentialRun() throws IOException {
        assertSameRun(KAFAL, "kafal");
    }

    @Test
    void concurrentLocalModelsGiveTheSequentialRun() throws IOException {
        assertSameRun(LOCAL_MODELS, "local");
    }

    /**
     * CHASe's clients draw their candidates, predict them after every epoch and align with their previous local model
     * on the workers, each on its own state.
     */
    @Test
    void concurrentChaseClientsGiveTheSequentialRun() throws IOException {
        assertSameRun(LOCAL_MODELS.replace("modes = logo, fairfal, s-al, fal-local, client-alone, ifal",
                "modes = chase").replace("al.rounds = 1", "al.rounds = 2").replace("fl.rounds = 2", "fl.rounds = 1")
                .replace("fl.local_epochs = 1", "fl.local_epochs = 3") + "fl.reinit = false\nchase.subset = 40\n",
                "chase");
    }
}
