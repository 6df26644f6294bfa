package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.server.Server;
import io.falbench.model.Architecture;
import io.falbench.model.LocalObjective;
import io.falbench.model.LocalSchedule;
import io.falbench.model.LocalTrainer;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * SCAFFOLD through a federated training, recomputed in plain Java (doubles) from what the training showed after each
 * round (the global model, each participant's weights): every client takes one SGD step a round (K = 1), so its
 * weights are the plain step from x minus lr (c - c_i), which the recomputed control variates predict; then c_i, c
 * and x follow option II and the server's step. Two of three clients a round, the third round's rate decayed.
 */
class ScaffoldTest {

    private static final int CLIENTS = 3;
    private static final int ROUNDS = 3;
    private static final TrainingSettings LOCAL = new TrainingSettings(1, 4, 0.05f, 0.9f, 1e-5f, false);
    private static final FederationSettings SETTINGS = new FederationSettings(ROUNDS, LOCAL,
            DecaySchedule.parse("50%"), 0.1f, new Participation(0.67, false));

    /** What the training showed: x^r for r = 0..ROUNDS, and y_k^r for each participant k of round r. */
    private record Seen(List<Weights> globals, List<Map<Integer, Weights>> trained, Channel channel,
                        Federation federation) {
    }

    private static Seen train(Scaffold scaffold, Architecture architecture) {
        Federation federation = FedProxTest.federation(4, 4, 4);
        List<Weights> globals = new ArrayList<>();
        List<Map<Integer, Weights>> trained = new ArrayList<>();
        Channel channel = new Channel();
        Map<Integer, Weights> previous = new HashMap<>();
        try (Network network = Network.create(architecture, 1, 28, 28, 10, 1)) {
            globals.add(network.weights());
            RoundObserver observer = (round, global) -> {
                globals.add(global);
                Map<Integer, Weights> now = new HashMap<>();
                for (Client client : federation.clients()) {
                    Weights last = client.lastUpdate().orElse(null);
                    if (last != null && last != previous.get(client.id())) {
                        now.put(client.id(), last);
                        previous.put(client.id(), last);
                    }
                }
                trained.add(now);
            };
            FederatedTraining.run(network, new Server(network.weights()), federation.clients(),
                    SETTINGS.with(scaffold), ClientObjective.CROSS_ENTROPY, new SplittableRandom(2),
                    new SplittableRandom(3), channel, observer, ClientWorkers.sequential());
        }
        return new Seen(globals, trained, channel, federation);
    }

    private static double[] plain(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static Offset<Float> near(double expected) {
        return Offset.offset((float) (1e-6 + 1e-4 * Math.abs(expected)));
    }

    /** Recomputes the run in doubles and checks the clients' weights, the global models and the final c_i. */
    private static void assertScaffold(Scaffold scaffold) {
        Seen seen = train(scaffold, Architecture.MLP);
        Federation federation = seen.federation();
        List<String> names = seen.globals().get(0).names();
        int arrays = names.size();
        double[][] c = new double[arrays][];
        Map<Integer, double[][]> own = new HashMap<>();
        for (int a = 0; a < arrays; a++) {
            c[a] = new double[seen.globals().get(0).values().get(a).length];
        }
        SplittableRandom participation = new SplittableRandom(3);
        SplittableRandom streams = new SplittableRandom(2);
        try (Network replica = Network.create(Architecture.MLP, 1, 28, 28, 10, 9)) {
            for (int r = 0; r < ROUNDS; r++) {
                int[] participants = SETTINGS.participation().select(CLIENTS, r, ROUNDS, participation);
                assertThat(seen.trained().get(r).keySet()).containsExactlyInAnyOrder(
                        java.util.Arrays.stream(participants).boxed().toArray(Integer[]::new));
                Weights x = seen.globals().get(r);
                TrainingSettings local = SETTINGS.localAt(r);
                double lr = local.learningRate();
                double[][] sumChange = new double[arrays][];
                double[][] mean = new double[arrays][];
                int samples = 0;
                for (int k : participants) {
                    Client client = federation.clients().get(k);
                    replica.setWeights(x);
                    LocalTrainer.train(replica, client.images(), client.pool().labelled(), client.labelledLabels(),
                            local, streams.split(), LocalObjective.CROSS_ENTROPY, LocalSchedule.CONSTANT, null);
                    Weights step = replica.weights();
                    Weights y = seen.trained().get(r).get(k);
                    double[][] ck = own.computeIfAbsent(k, key -> {
                        double[][] zero = new double[arrays][];
                        for (int a = 0; a < arrays; a++) {
                            zero[a] = new double[c[a].length];
                        }
                        return zero;
                    });
                    double stepSize = scaffold.baseRateSteps() ? LOCAL.learningRate() : lr;
                    for (int a = 0; a < arrays; a++) {
                        double[] xa = plain(x.values().get(a));
                        double[] ya = plain(y.values().get(a));
                        double[] stepped = plain(step.values().get(a));
                        sumChange[a] = sumChange[a] == null ? new double[xa.length] : sumChange[a];
                        mean[a] = mean[a] == null ? new double[xa.length] : mean[a];
                        for (int i = 0; i < xa.length; i++) {
                            double expected = stepped[i] - lr * (c[a][i] - ck[a][i]);
                            assertThat((float) ya[i]).as("round %d client %d %s[%d]", r, k, names.get(a), i)
                                    .isCloseTo((float) expected, near(expected));
                            double updated = ck[a][i] - c[a][i] + (xa[i] - ya[i]) / stepSize;
                            sumChange[a][i] += updated - ck[a][i];
                            ck[a][i] = updated;
                            mean[a][i] += ya[i] * client.pool().labelledCount();
                        }
                    }
                    samples += client.pool().labelledCount();
                }
                int divisor = scaffold.participantMean() ? participants.length : CLIENTS;
                Weights next = seen.globals().get(r + 1);
                for (int a = 0; a < arrays; a++) {
                    double[] xa = plain(x.values().get(a));
                    float[] nextA = next.values().get(a);
                    for (int i = 0; i < c[a].length; i++) {
                        c[a][i] += sumChange[a][i] / divisor;
                        double expected = xa[i] + scaffold.serverLearningRate() * (mean[a][i] / samples - xa[i]);
                        assertThat(nextA[i]).as("x after round %d, %s[%d]", r, names.get(a), i)
                                .isCloseTo((float) expected, near(expected));
                    }
                }
            }
        }
        for (Client client : federation.clients()) {
            double[][] ck = own.get(client.id());
            if (ck == null) {
                assertThat(client.controlVariate().value()).as("c_%d of a client that never trained", client.id())
                        .isEmpty();
                continue;
            }
            Weights value = client.controlVariate().value().orElseThrow();
            for (int a = 0; a < arrays; a++) {
                for (int i = 0; i < ck[a].length; i += 7) {
                    assertThat(value.values().get(a)[i]).as("c_%d %s[%d]", client.id(), names.get(a), i)
                            .isCloseTo((float) ck[a][i], near(ck[a][i]));
                }
            }
        }
    }

    @Test
    void optionTwoWithAServerStepMatchesItsPlainJavaRecomputation() {
        assertScaffold(new Scaffold(0.5));
    }

    @Test
    void theReferencesBaseRateAndParticipantMeanMatchTheirPlainJavaRecomputation() {
        assertScaffold(new Scaffold(1, true, true, false));
    }

    @Test
    void theControlVariatesTravelBothWaysInTheCountedBytesCoveringTheTrainedParametersUnlessQuirked() {
        Seen mlp = train(new Scaffold(1), Architecture.MLP);
        long model = mlp.globals().get(0).bytes();
        // MLP: every array is trained, so c is as large as the model; 2 + 2 + 2 participants
        assertThat(mlp.channel().bytesDown()).isEqualTo(6 * (model + model));
        assertThat(mlp.channel().bytesUp()).isEqualTo(6 * (model + Integer.BYTES + model));
        Seen cnn = train(new Scaffold(1), Architecture.CNN4CONV);
        Weights global = cnn.globals().get(0);
        Weights control = cnn.federation().clients().get(0).controlVariate().value().orElseThrow();
        try (Network network = Network.create(Architecture.CNN4CONV, 1, 28, 28, 10, 1)) {
            assertThat(control.names()).isEqualTo(network.trainedParameters()).hasSizeLessThan(global.names().size());
        }
        long cnnModel = global.bytes();
        assertThat(cnn.channel().bytesDown()).isEqualTo(6 * (cnnModel + control.bytes()));
        Seen quirked = train(new Scaffold(1, false, false, true), Architecture.CNN4CONV);
        assertThat(quirked.federation().clients().get(0).controlVariate().value().orElseThrow().names())
                .isEqualTo(global.names());
        assertThat(quirked.channel().bytesDown()).isEqualTo(6 * (cnnModel + cnnModel));
    }
}
