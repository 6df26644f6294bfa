package io.falbench.fl.client;

import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A SCAFFOLD client's control variate c_i (Karimireddy et al., ICML 2020), kept on the client's side between the
 * communication rounds it takes part in within one federated training; zero until its first update. Only its change
 * crosses the boundary. It covers the arrays the server's control variate names.
 */
public final class ControlVariate {

    private Weights value;

    /** c - c_i: what each local step subtracts, times the learning rate. */
    public Weights correction(Weights server) {
        List<float[]> out = new ArrayList<>();
        for (int a = 0; a < server.names().size(); a++) {
            float[] c = server.values().get(a);
            float[] own = own(server, a);
            float[] difference = new float[c.length];
            for (int i = 0; i < c.length; i++) {
                difference[i] = (float) ((double) c[i] - own[i]);
            }
            out.add(difference);
        }
        return new Weights(server.names(), out);
    }

    /**
     * Option II of the paper: c_i+ = c_i - c + (x - y_i) / {@code stepSize} (K x lr) for the round's start x and the
     * client's weights y_i after it; keeps c_i+ and returns c_i+ - c_i, what the client sends.
     */
    public Weights update(Weights server, Weights start, Weights end, double stepSize) {
        if (!(stepSize > 0)) {
            throw new IllegalArgumentException("SCAFFOLD's K x lr must be positive, got " + stepSize);
        }
        List<float[]> next = new ArrayList<>();
        List<float[]> change = new ArrayList<>();
        for (int a = 0; a < server.names().size(); a++) {
            String name = server.names().get(a);
            float[] c = server.values().get(a);
            float[] own = own(server, a);
            float[] x = start.valuesOf(name);
            float[] y = end.valuesOf(name);
            float[] updated = new float[c.length];
            float[] delta = new float[c.length];
            for (int i = 0; i < c.length; i++) {
                updated[i] = (float) ((double) own[i] - c[i] + ((double) x[i] - y[i]) / stepSize);
                delta[i] = (float) ((double) updated[i] - own[i]);
            }
            next.add(updated);
            change.add(delta);
        }
        value = new Weights(server.names(), next);
        return new Weights(server.names(), change);
    }

    /** c_i, empty while it is zero. */
    public Optional<Weights> value() {
        return Optional.ofNullable(value);
    }

    /** Back to zero, as a new federated training begins. */
    public void clear() {
        value = null;
    }

    private float[] own(Weights server, int array) {
        return value != null ? value.valuesOf(server.names().get(array)) : new float[server.values().get(array).length];
    }
}
