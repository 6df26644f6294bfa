package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.Map;
import io.falbench.runtime.Gaussian;
import java.util.SplittableRandom;

/**
 * How a new network's weights are drawn. {@code pytorch}: PyTorch's layer defaults, as the reference code gets them:
 * conv and linear weights kaiming_uniform(a = sqrt 5), i.e. U(-1/sqrt(fan_in), 1/sqrt(fan_in)), biases
 * U(-1/sqrt(fan_in), 1/sqrt(fan_in)) with the fan-in of their layer's weight, BatchNorm gamma 1 and beta 0, and
 * (FairFAL's CNN4Conv, {@code models/cnn4conv.py}) the classifier head's bias 0; KAFAL's ResNet-8 redraws its
 * conv weights N(0, 2 / (k x k x out_channels)) as its constructor does ({@code models/preact_resnet.py}); drawn from
 * the cell's seeded stream. {@code djl}: DJL's defaults (weights N(0, 2/fan_in), biases 0). {@code xavier-normal}:
 * CHASe's {@code main.py init_model}: conv and linear weights xavier_normal (N(0, 2 / (fan_in + fan_out)), fan_out the
 * output channels times the kernel's size), every bias 0.01; BatchNorm gamma 1 and beta 0 (the reference applies it
 * to networks without BatchNorm only).
 */
public enum Initialization {
    PYTORCH, DJL, XAVIER_NORMAL;

    /** Redraws {@code parameters} in place (PYTORCH); DJL leaves DJL's draw. */
    void apply(Iterable<Pair<String, Parameter>> parameters, String headBiasPrefix, Architecture architecture,
               long seed) {
        if (this == DJL) {
            return;
        }
        if (this == XAVIER_NORMAL) {
            xavierNormal(parameters, new SplittableRandom(seed));
            return;
        }
        boolean zeroHeadBias = architecture == Architecture.CNN4CONV;
        boolean convFanOutNormal = architecture == Architecture.RESNET8;
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> fanIn = new HashMap<>();
        for (Pair<String, Parameter> parameter : parameters) {
            long[] shape = parameter.getValue().getArray().getShape().getShape();
            if (parameter.getKey().endsWith("_weight") && shape.length >= 2) {
                long fan = 1;
                for (int d = 1; d < shape.length; d++) {
                    fan *= shape[d];
                }
                fanIn.put(prefix(parameter.getKey()), fan);
            }
        }
        for (Pair<String, Parameter> parameter : parameters) {
            String name = parameter.getKey();
            NDArray array = parameter.getValue().getArray();
            float[] values = new float[(int) array.size()];
            if (name.endsWith("_weight") || name.endsWith("_bias")) {
                Long fan = fanIn.get(prefix(name));
                if (fan == null) {
                    continue;
                }
                boolean zero = zeroHeadBias && name.endsWith("_bias") && name.startsWith(headBiasPrefix);
                long[] shape = array.getShape().getShape();
                if (convFanOutNormal && shape.length == 4) {
                    double sd = Math.sqrt(2.0 / (shape[0] * shape[2] * shape[3]));
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (float) (Gaussian.next(random) * sd);
                    }
                    array.set(values);
                    continue;
                }
                double bound = 1 / Math.sqrt(fan);
                for (int i = 0; i < values.length && !zero; i++) {
                    values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
                }
            } else if (name.endsWith("_gamma") || name.endsWith("_runningVar")) {
                java.util.Arrays.fill(values, 1f);
            } else if (!name.endsWith("_beta") && !name.endsWith("_runningMean")) {
                continue;
            }
            array.set(values);
        }
    }

    private static void xavierNormal(Iterable<Pair<String, Parameter>> parameters, SplittableRandom random) {
        for (Pair<String, Parameter> parameter : parameters) {
            String name = parameter.getKey();
            NDArray array = parameter.getValue().getArray();
            long[] shape = array.getShape().getShape();
            float[] values = new float[(int) array.size()];
            if (name.endsWith("_weight") && shape.length >= 2) {
                long receptive = 1;
                for (int d = 2; d < shape.length; d++) {
                    receptive *= shape[d];
                }
                double sd = Math.sqrt(2.0 / (shape[1] * receptive + shape[0] * receptive));
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) (Gaussian.next(random) * sd);
                }
            } else if (name.endsWith("_bias")) {
                java.util.Arrays.fill(values, 0.01f);
            } else if (name.endsWith("_gamma") || name.endsWith("_runningVar")) {
                java.util.Arrays.fill(values, 1f);
            } else if (!name.endsWith("_beta") && !name.endsWith("_runningMean")) {
                continue;
            }
            array.set(values);
        }
    }

    private static String prefix(String name) {
        return name.substring(0, name.lastIndexOf('_'));
    }
}
