package io.falbench.model;

import ai.djl.ndarray.NDArray;
import java.util.HashMap;
import java.util.Map;

/**
 * Adam with PyTorch's update (torch.optim.Adam, single-tensor path; Kingma and Ba, ICLR 2015): d = g + wd w;
 * t += 1; m = beta1 m + (1 - beta1) d; v = beta2 v + (1 - beta2) d^2; w -= (lr / (1 - beta1^t)) m /
 * (sqrt(v) / sqrt(1 - beta2^t) + eps), betas (0.9, 0.999), eps 1e-8. Its state (m, v and t per parameter) can be
 * dropped between local trainings, or exported and carried into the next ({@code fl.client_optimizer = persistent}:
 * FEAL keeps one Adam per client per AL round). Lives as long as its network, as {@link ResettableSgd}.
 */
final class ResettableAdam extends ResettableOptimizer {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final float EPSILON = 1e-8f;
    /** Suffixes of the exported state's keys: a parameter's m, v and step count t. */
    static final String EXP_AVG = "#exp_avg";
    static final String EXP_AVG_SQ = "#exp_avg_sq";
    static final String STEP = "#step";

    private final Map<String, NDArray> expAvg = new HashMap<>();
    private final Map<String, NDArray> expAvgSq = new HashMap<>();
    private final Map<String, Integer> steps = new HashMap<>();
    private Map<String, float[]> carried = Map.of();
    private float weightDecay;

    /** Drops the state and sets the hyper-parameters of the next local training (Adam has no momentum setting). */
    void reset(float learningRate, float weightDecay) {
        expAvg.values().forEach(NDArray::close);
        expAvgSq.values().forEach(NDArray::close);
        expAvg.clear();
        expAvgSq.clear();
        steps.clear();
        carried = Map.of();
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
    }

    @Override
    void carry(Map<String, float[]> state) {
        carried = state;
    }

    @Override
    Map<String, float[]> state() {
        Map<String, float[]> out = new HashMap<>(carried);
        expAvg.forEach((id, m) -> out.put(id + EXP_AVG, m.toFloatArray()));
        expAvgSq.forEach((id, v) -> out.put(id + EXP_AVG_SQ, v.toFloatArray()));
        steps.forEach((id, t) -> out.put(id + STEP, new float[] {t}));
        return out;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        if (!steps.containsKey(parameterId)) {
            start(parameterId, weight);
        }
        int t = steps.merge(parameterId, 1, Integer::sum);
        NDArray d;
        if (weightDecay == 0) {
            d = grad.duplicate();
        } else {
            // temporaries closed at once: they would otherwise live on the weights' manager as long as the network
            try (NDArray decay = weight.mul(weightDecay)) {
                d = grad.add(decay);
            }
        }
        NDArray m = expAvg.get(parameterId);
        NDArray v = expAvgSq.get(parameterId);
        // the scalars as torch passes Python floats to its float32 kernels: 0.9f, (float) (1 - 0.9) = 0.1f
        m.muli((float) BETA1);
        try (NDArray part = d.mul((float) (1 - BETA1))) {
            m.addi(part);
        }
        v.muli((float) BETA2);
        try (NDArray square = d.mul(d).muli((float) (1 - BETA2))) {
            v.addi(square);
        }
        d.close();
        double stepSize = learningRate / (1 - Math.pow(BETA1, t));
        double correction2 = Math.sqrt(1 - Math.pow(BETA2, t));
        try (NDArray denominator = v.sqrt().divi((float) correction2).addi(EPSILON);
             NDArray change = m.div(denominator).muli((float) stepSize)) {
            weight.subi(change);
        }
    }

    /** A parameter's first step: its carried state, or zeros. */
    private void start(String id, NDArray weight) {
        float[] m = carried.get(id + EXP_AVG);
        float[] v = carried.get(id + EXP_AVG_SQ);
        float[] t = carried.get(id + STEP);
        if (m != null && v != null && t != null) {
            expAvg.put(id, weight.getManager().create(m, weight.getShape()));
            expAvgSq.put(id, weight.getManager().create(v, weight.getShape()));
            steps.put(id, (int) t[0]);
        } else {
            expAvg.put(id, weight.zerosLike());
            expAvgSq.put(id, weight.zerosLike());
            steps.put(id, 0);
        }
    }

    @Override
    void close() {
        reset(0, 0);
    }
}
