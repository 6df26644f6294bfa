package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import io.falbench.runtime.NumericalFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * The federated server: it holds only the global weights and aggregates the clients' updates (FedAvg by default),
 * optionally with a server learning rate.
 */
public final class Server {

    private final Aggregation aggregation;
    private Weights global;

    public Server(Weights initial) {
        this(initial, (current, updates) -> FedAvg.aggregate(updates));
    }

    public Server(Weights initial, Aggregation aggregation) {
        this.global = initial;
        this.aggregation = aggregation;
    }

    public Weights globalWeights() {
        return global;
    }

    public void aggregate(List<ModelUpdate> updates) {
        global = aggregation.aggregate(global, updates);
    }

    /**
     * Moves the global model {@code learningRate} of the way from where it is to the aggregate of {@code updates}:
     * x + lr (aggregate - x), SCAFFOLD's global step size (Karimireddy et al. 2020); 1: the aggregate itself.
     */
    public void aggregate(List<ModelUpdate> updates, double learningRate) {
        Weights before = global;
        aggregate(updates);
        if (learningRate == 1) {
            return;
        }
        List<float[]> moved = new ArrayList<>();
        for (int a = 0; a < before.values().size(); a++) {
            float[] x = before.values().get(a);
            float[] target = global.values().get(a);
            float[] out = new float[x.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (x[i] + learningRate * ((double) target[i] - x[i]));
                if (!Float.isFinite(out[i])) {
                    throw new NumericalFailure("the server step produced a non-finite weight in '"
                            + before.names().get(a) + "'; training diverged: lower scaffold.server_lr or train.lr");
                }
            }
            moved.add(out);
        }
        global = new Weights(before.names(), moved);
    }
}
