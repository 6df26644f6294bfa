package io.falbench.fl.server;

import io.falbench.fl.message.ModelUpdate;
import io.falbench.model.Weights;
import io.falbench.runtime.NumericalFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * Federated averaging (McMahan et al., AISTATS 2017): the mean of the clients' weights, each weighted by the
 * number of labelled samples it trained on. Every array is averaged, BatchNorm running statistics included.
 */
public final class FedAvg {

    private FedAvg() {
    }

    public static Weights aggregate(List<ModelUpdate> updates) {
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("FedAvg needs at least one client update");
        }
        Weights first = updates.get(0).weights();
        long total = 0;
        for (ModelUpdate update : updates) {
            if (!update.weights().compatibleWith(first)) {
                throw new IllegalArgumentException("client updates have different parameter shapes");
            }
            if (update.numSamples() < 0) {
                throw new IllegalArgumentException("negative sample count " + update.numSamples());
            }
            total += update.numSamples();
        }
        if (total == 0) {
            throw new IllegalArgumentException("FedAvg over clients holding no labelled samples");
        }
        List<float[]> averaged = new ArrayList<>();
        for (int a = 0; a < first.values().size(); a++) {
            double[] sum = new double[first.values().get(a).length];
            for (ModelUpdate update : updates) {
                double weight = (double) update.numSamples() / total;
                float[] values = update.weights().values().get(a);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += weight * values[i];
                }
            }
            float[] out = new float[sum.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) sum[i];
                if (!Float.isFinite(out[i])) {
                    throw new NumericalFailure("FedAvg produced a non-finite weight in '" + first.names().get(a)
                            + "'; training diverged: lower train.lr");
                }
            }
            averaged.add(out);
        }
        return new Weights(first.names(), averaged);
    }
}
