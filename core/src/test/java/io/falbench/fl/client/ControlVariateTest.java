package io.falbench.fl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.falbench.model.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SCAFFOLD's client control variate, option II, on numbers worked out by hand. */
class ControlVariateTest {

    private static Weights w(float... values) {
        return new Weights(List.of("w"), List.of(values));
    }

    /** A model of two arrays, "w" (covered by the control variates) and "b" (not). */
    private static Weights model(float w0, float w1, float b) {
        return new Weights(List.of("w", "b"), List.of(new float[] {w0, w1}, new float[] {b}));
    }

    private static void assertValues(Weights actual, double... expected) {
        assertThat(actual.names()).containsExactly("w");
        float[] values = actual.values().get(0);
        assertThat(values).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat((double) values[i]).as("value %d", i).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void optionTwoSetsCiToCiMinusCPlusTheModelsMoveOverKTimesLrAndSendsTheChange() {
        ControlVariate own = new ControlVariate();
        assertThat(own.value()).isEmpty();
        Weights c = w(0.1f, -0.2f);
        // zero c_i: the correction is c itself
        assertValues(own.correction(c), 0.1, -0.2);
        // K x lr = 2 x 0.25; x - y = (0.5, -0.5): c_i+ = 0 - c + (x - y) / 0.5 = (0.9, -0.8)
        Weights change = own.update(c, model(1f, 2f, 7f), model(0.5f, 2.5f, -7f), 0.5);
        assertValues(change, 0.9, -0.8);
        assertValues(own.value().orElseThrow(), 0.9, -0.8);
        assertValues(own.correction(c), 0.1 - 0.9, -0.2 + 0.8);
        // next round: c = (0.3, 0), x - y = (-0.25, 0.25): c_i+ = (0.9 - 0.3 - 0.5, -0.8 - 0 + 0.5) = (0.1, -0.3)
        Weights next = own.update(w(0.3f, 0f), model(0f, 0f, 1f), model(0.25f, -0.25f, 3f), 0.5);
        assertValues(next, 0.1 - 0.9, -0.3 + 0.8);
        assertValues(own.value().orElseThrow(), 0.1, -0.3);
        own.clear();
        assertThat(own.value()).isEmpty();
        assertValues(own.correction(c), 0.1, -0.2);
    }
}
