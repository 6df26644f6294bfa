package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DriftCorrection} on one network for the length of one local training: the anchors and corrections as
 * arrays on a manager of their own, closed when the training ends.
 */
final class LocalDrift implements AutoCloseable {

    private final NDManager manager;
    private final float mu;
    private final List<NDArray> trained = new ArrayList<>();
    private final List<NDArray> anchors = new ArrayList<>();
    private final List<NDArray> corrected = new ArrayList<>();
    private final List<NDArray> corrections = new ArrayList<>();

    private LocalDrift(NDManager manager, float mu) {
        this.manager = manager;
        this.mu = mu;
    }

    static LocalDrift of(Network network, DriftCorrection drift, NDManager parent) {
        if (drift.anchor() == null && drift.correction() == null) {
            return new LocalDrift(null, 0);
        }
        LocalDrift local = new LocalDrift(parent.newSubManager(), drift.mu());
        Map<String, Parameter> byName = new HashMap<>();
        for (Pair<String, Parameter> parameter : network.parameters()) {
            byName.put(parameter.getKey(), parameter.getValue());
            NDArray array = parameter.getValue().getArray();
            if (drift.anchor() != null && parameter.getValue().requiresGradient()) {
                local.trained.add(array);
                local.anchors.add(local.manager.create(drift.anchor().valuesOf(parameter.getKey()), array.getShape()));
            }
        }
        if (drift.correction() != null) {
            Weights correction = drift.correction();
            for (int i = 0; i < correction.names().size(); i++) {
                Parameter parameter = byName.get(correction.names().get(i));
                if (parameter == null) {
                    throw new IllegalArgumentException("a correction names '" + correction.names().get(i)
                            + "', which this " + network.architecture().id() + " network does not have");
                }
                NDArray array = parameter.getArray();
                local.corrected.add(array);
                local.corrections.add(local.manager.create(correction.values().get(i), array.getShape()));
            }
        }
        return local;
    }

    /** Adds mu (w - anchor) to the gradient of every trained parameter (after backward, before the step). */
    void addProximalGradients() {
        for (int i = 0; i < trained.size(); i++) {
            NDArray weight = trained.get(i);
            if (weight.hasGradient()) {
                try (NDArray gradient = weight.getGradient(); NDArray pull = weight.sub(anchors.get(i))) {
                    gradient.addi(pull.muli(mu));
                }
            }
        }
    }

    /** Moves every corrected array by -learningRate x its correction (after the step). */
    void correct(float learningRate) {
        for (int i = 0; i < corrected.size(); i++) {
            try (NDArray step = corrections.get(i).mul(learningRate)) {
                corrected.get(i).subi(step);
            }
        }
    }

    @Override
    public void close() {
        if (manager != null) {
            manager.close();
        }
    }
}
