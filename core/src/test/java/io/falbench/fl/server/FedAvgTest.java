package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.model.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

class FedAvgTest {

    private static Weights weights(float... values) {
        return new Weights(List.of("w", "b"), List.of(new float[] {values[0], values[1]}, new float[] {values[2]}));
    }

    @Test
    void averagingEqualWeightsIsTheIdentity() {
        Weights w = weights(0.5f, -1.25f, 3f);
        Weights avg = FedAvg.aggregate(List.of(new ModelUpdate(w, 3), new ModelUpdate(w, 7), new ModelUpdate(w, 1)));
        assertThat(avg.values().get(0)).containsExactly(0.5f, -1.25f);
        assertThat(avg.values().get(1)).containsExactly(3f);
    }

    @Test
    void twoClientsGiveTheExactSampleWeightedMean() {
        Weights a = weights(1f, 2f, 10f);
        Weights b = weights(5f, -2f, 0f);
        Weights avg = FedAvg.aggregate(List.of(new ModelUpdate(a, 1), new ModelUpdate(b, 3)));
        assertThat(avg.values().get(0)).containsExactly(4f, -1f);
        assertThat(avg.values().get(1)).containsExactly(2.5f);
    }

    @Test
    void updatesOfDifferentShapesOrNoSamplesAreRejected() {
        Weights other = new Weights(List.of("w"), List.of(new float[] {1f}));
        assertThatThrownBy(() -> FedAvg.aggregate(List.of(new ModelUpdate(weights(1, 2, 3), 1), new ModelUpdate(other, 1))))
                .hasMessageContaining("different parameter shapes");
        assertThatThrownBy(() -> FedAvg.aggregate(List.of(new ModelUpdate(weights(1, 2, 3), 0))))
                .hasMessageContaining("no labelled samples");
    }
}
