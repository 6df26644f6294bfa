package io.falbench.fl.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SCAFFOLD's server side: the control variate's update and the server's step size, on hand-worked numbers. */
class ServerControlTest {

    private static Weights w(float... values) {
        return new Weights(List.of("w"), List.of(values));
    }

    @Test
    void theControlVariateStartsAtZeroAndMovesByTheSumOfTheChangesOverTheDivisor() {
        ServerControl control = new ServerControl(new Weights(List.of("w"), List.of(new float[] {5f, 6f})));
        assertThat(control.value().values().get(0)).containsExactly(0f, 0f);
        // two of N = 3 clients took part: c += (|S| / N) mean = sum / 3
        control.add(List.of(w(0.9f, -0.8f), w(0.3f, 0.2f)), 3);
        assertThat((double) control.value().values().get(0)[0]).isCloseTo(0.4, within(1e-6));
        assertThat((double) control.value().values().get(0)[1]).isCloseTo(-0.2, within(1e-6));
        // the participants' mean (quirk scaffold-participant-mean): sum / |S|
        control.add(List.of(w(0.9f, -0.8f), w(0.3f, 0.2f)), 2);
        assertThat((double) control.value().values().get(0)[0]).isCloseTo(1.0, within(1e-6));
        assertThat((double) control.value().values().get(0)[1]).isCloseTo(-0.5, within(1e-6));
        assertThatThrownBy(() -> control.add(List.of(new Weights(List.of("v"), List.of(new float[2]))), 1))
                .hasMessageContaining("[v]");
    }

    @Test
    void theServerStepsItsLearningRateOfTheWayToTheAggregateAndAtOneGivesFedAvgItself() {
        Weights start = w(1f, 1f);
        List<ModelUpdate> updates = List.of(new ModelUpdate(w(3f, 1f), 1), new ModelUpdate(w(1f, 5f), 3));
        // FedAvg: (1.5, 4); x + 0.5 (avg - x) = (1.25, 2.5)
        Server half = new Server(start);
        half.aggregate(updates, 0.5);
        assertThat(half.globalWeights().values().get(0)).containsExactly(1.25f, 2.5f);
        Server one = new Server(start);
        one.aggregate(updates, 1);
        assertThat(one.globalWeights().values().get(0)).isEqualTo(FedAvg.aggregate(updates).values().get(0));
    }
}
