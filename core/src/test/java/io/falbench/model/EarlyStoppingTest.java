package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IFAL's EarlyStopping (chenchenzong/IFAL strategy.py lines 21-47) and its quirk ifal-early-stop-last-weights. */
class EarlyStoppingTest {

    /** Mean batch losses of epochs 0..6: best at epoch 1; an equal loss (epoch 3) does not improve. */
    private static final double[] LOSSES = {1.0, 0.9, 0.95, 0.9, 0.91, 0.92, 0.93};

    @Test
    void fiveEpochsInARowWithoutAStrictlyLowerLossStopAndTheBestEpochsWeightsComeBack() {
        assertThat(runs(false)).isEqualTo(new Outcome(7, 1f));
    }

    @Test
    void underTheQuirkTheNetworkKeepsItsLastEpochsWeights() {
        assertThat(runs(true)).isEqualTo(new Outcome(7, 6f));
    }

    @Test
    void aTrainingThatNeverStopsEarlyKeepsItsLastWeights() {
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 2, 1)) {
            EarlyStopping.Run run = new EarlyStopping(5, false).start(network);
            for (int epoch = 0; epoch < 4; epoch++) {
                network.setWeights(marked(network, epoch));
                assertThat(run.stopsAfter(LOSSES[epoch])).isFalse();
            }
            run.finish();
            assertThat(network.weights().values().get(0)[0]).isEqualTo(3f);
        }
        assertThatThrownBy(() -> new EarlyStopping(0, false)).hasMessageContaining("patience >= 1");
    }

    private record Outcome(int epochs, float weightsOfEpoch) {
    }

    /** Epoch e leaves weights marked e; how many epochs ran and which epoch's weights the network ends with. */
    private static Outcome runs(boolean keepLast) {
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 2, 1)) {
            EarlyStopping.Run run = new EarlyStopping(5, keepLast).start(network);
            int epochs = 0;
            for (double loss : LOSSES) {
                network.setWeights(marked(network, epochs));
                epochs++;
                if (run.stopsAfter(loss)) {
                    break;
                }
            }
            run.finish();
            return new Outcome(epochs, network.weights().values().get(0)[0]);
        }
    }

    private static Weights marked(Network network, int epoch) {
        Weights weights = network.weights();
        List<float[]> values = new ArrayList<>(weights.values());
        float[] first = values.get(0).clone();
        first[0] = epoch;
        values.set(0, first);
        return new Weights(weights.names(), values);
    }
}
