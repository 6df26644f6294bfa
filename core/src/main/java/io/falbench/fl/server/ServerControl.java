package io.falbench.fl.server;

import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;

/**
 * SCAFFOLD's server control variate c (Karimireddy et al., ICML 2020), zero at the start of a federated training:
 * after each round c += (|S| / N) x mean over the participants S of their control changes, i.e. their sum over N.
 */
public final class ServerControl {

    private Weights value;

    /** A zero control variate over the arrays of {@code shape}. */
    public ServerControl(Weights shape) {
        List<float[]> zeros = new ArrayList<>();
        shape.values().forEach(v -> zeros.add(new float[v.length]));
        this.value = new Weights(shape.names(), zeros);
    }

    public Weights value() {
        return value;
    }

    /** c += (sum of {@code changes}) / {@code divisor}: N, the number of clients (the paper), or |S|. */
    public void add(List<Weights> changes, int divisor) {
        if (divisor < 1) {
            throw new IllegalArgumentException("a control variate's divisor must be >= 1, got " + divisor);
        }
        List<float[]> next = new ArrayList<>();
        for (int a = 0; a < value.names().size(); a++) {
            float[] c = value.values().get(a);
            double[] sum = new double[c.length];
            for (Weights change : changes) {
                if (!change.names().equals(value.names())) {
                    throw new IllegalArgumentException("a control change covers " + change.names()
                            + ", the server's control variate " + value.names());
                }
                float[] delta = change.values().get(a);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += delta[i];
                }
            }
            float[] updated = new float[c.length];
            for (int i = 0; i < updated.length; i++) {
                updated[i] = (float) (c[i] + sum[i] / divisor);
            }
            next.add(updated);
        }
        value = new Weights(value.names(), next);
    }
}
