package io.falbench.model;

import ai.djl.ndarray.NDArray;
import java.util.HashMap;
import java.util.Map;

/**
 * SGD with momentum and weight decay, PyTorch semantics (d = g + wd w; b = d on the first step, then
 * b = momentum b + d; w -= lr b), whose momentum buffers can be dropped between local trainings.
 * DJL's own Sgd allocates its buffers on the weights' manager, so a new optimizer per FedAvg client would leak
 * them until the model closes; this one lives as long as its network and frees its buffers on {@link #reset}.
 */
final class ResettableSgd extends ResettableOptimizer {

    private final Map<String, NDArray> momentumBuffers = new HashMap<>();
    private Map<String, float[]> carried = Map.of();
    private float momentum;
    private float weightDecay;

    /** Drops the momentum buffers and sets the hyper-parameters of the next local training. */
    void reset(float learningRate, float momentum, float weightDecay) {
        momentumBuffers.values().forEach(NDArray::close);
        momentumBuffers.clear();
        carried = Map.of();
        this.learningRate = learningRate;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    /** Momentum buffers to continue from (after {@link #reset}): each parameter's first step uses its carried buffer. */
    @Override
    void carry(Map<String, float[]> buffers) {
        carried = buffers;
    }

    /** The current momentum buffers (carried ones not yet used included). */
    @Override
    Map<String, float[]> state() {
        Map<String, float[]> out = new HashMap<>(carried);
        momentumBuffers.forEach((id, buffer) -> out.put(id, buffer.toFloatArray()));
        return out;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        NDArray step;
        if (weightDecay == 0) {
            step = grad.duplicate();
        } else {
            try (NDArray decay = weight.mul(weightDecay)) {
                step = grad.add(decay);
            }
        }
        if (momentum != 0) {
            NDArray buffer = momentumBuffers.get(parameterId);
            float[] previous = buffer == null ? carried.get(parameterId) : null;
            if (previous != null) {
                buffer = weight.getManager().create(previous, weight.getShape());
                momentumBuffers.put(parameterId, buffer);
            }
            if (buffer == null) {
                momentumBuffers.put(parameterId, step);
            } else {
                buffer.muli(momentum).addi(step);
                step.close();
            }
            step = momentumBuffers.get(parameterId);
            try (NDArray scaled = step.mul(learningRate)) {
                weight.subi(scaled);
            }
        } else {
            try (NDArray scaled = step.mul(learningRate)) {
                weight.subi(scaled);
            }
            step.close();
        }
    }

    @Override
    void close() {
        reset(0, 0, 0);
    }
}
