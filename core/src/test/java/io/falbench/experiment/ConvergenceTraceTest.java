package io.falbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fl.trace_every: the test accuracy along the FedAvg rounds of the first and the last AL round, a diagnostic that
 * changes no result (same accuracies, labels and fingerprint as without it).
 */
class ConvergenceTraceTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path runs;

    private static final String PROTOCOL = """
            dataset = mnist-mini
            clients = 3
            model = mlp
            strategies = margin
            modes = f-al
            seeds = 1
            al.initial = 60
            al.query = 30
            al.rounds = 2
            fl.rounds = 5
            fl.local_epochs = 1
            train.lr = 0.05
            """;

    private List<RoundResult> run(String extra, String name) throws IOException {
        Protocol protocol = Protocol.parse("trace", "test", PROTOCOL + extra);
        Path runDir = runs.resolve(name);
        new Runner(protocol, dataDir, runDir, line -> { }).run(ProgressListener.SILENT);
        return new ResultStore(runDir).all().get(0).rounds();
    }

    @Test
    void theTraceCoversTheFirstAndLastAlRoundAndChangesNoResult() throws IOException {
        List<RoundResult> plain = run("", "plain");
        List<RoundResult> traced = run("fl.trace_every = 2\n", "traced");
        assertThat(traced).hasSameSizeAs(plain);
        for (int r = 0; r < plain.size(); r++) {
            assertThat(traced.get(r).accuracy()).as("AL round %d", r).isEqualTo(plain.get(r).accuracy());
            assertThat(traced.get(r).labels().perClient()).isEqualTo(plain.get(r).labels().perClient());
            assertThat(plain.get(r).trace()).isEmpty();
        }
        for (int r : new int[] {0, 2}) {
            List<TracePoint> trace = traced.get(r).trace();
            assertThat(trace).extracting(TracePoint::fedRound).containsExactly(2, 4, 5);
            assertThat(trace.get(2).accuracy()).as("the last FedAvg round is the AL round's model")
                    .isEqualTo(traced.get(r).accuracy());
        }
        assertThat(traced.get(1).trace()).as("middle AL rounds are not traced").isEmpty();
        assertThat(Protocol.parse("trace", "test", PROTOCOL + "fl.trace_every = 2\n").fingerprint())
                .isEqualTo(Protocol.parse("trace", "test", PROTOCOL).fingerprint());
    }
}
