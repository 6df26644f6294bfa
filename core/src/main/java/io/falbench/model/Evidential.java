package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.Trainer;
import java.util.SplittableRandom;

/**
 * FEAL's client objective (Chen et al., CVPR 2024; JiayiChen815/FEAL {@code utils/cls/train_fedavg.py}): the
 * evidential loss of {@link EvidentialLoss} with the client's labelled class shares as its prior and the annealing
 * coefficient min(1, round / annealing step) of the communication round. libtorch has no digamma in DJL's API, so the
 * loss and its gradient with respect to the logits are computed in Java and enter the graph as sum(logits x g), g the
 * gradient held constant, plus the constant that makes its value the loss: the backward pass then carries exactly g
 * into the network. Serves one local training.
 */
public final class Evidential implements LocalObjective {

    private final int[] labelledLabels;
    private final double klWeight;
    private final double annealing;
    private double[] prior;

    /**
     * @param labelledLabels the client's labels (its prior)
     * @param round          the communication round of this AL round's federated training, from 0
     */
    public Evidential(int[] labelledLabels, double klWeight, int annealingStep, int round) {
        this.labelledLabels = labelledLabels;
        this.klWeight = klWeight;
        this.annealing = Math.min(1.0, round / (double) annealingStep);
    }

    /** The annealing coefficient of this round. */
    double annealing() {
        return annealing;
    }

    @Override
    public void begin(Network network, TrainingSettings settings, int labelled, SplittableRandom random) {
        prior = prior(labelledLabels, network.numClasses());
    }

    /** Each class's share of the labels (all 0 without labels: then every class weighs 2, as the reference's 2 - 0). */
    static double[] prior(int[] labels, int classes) {
        double[] out = new double[classes];
        for (int label : labels) {
            out[label]++;
        }
        for (int c = 0; c < classes && labels.length > 0; c++) {
            out[c] /= labels.length;
        }
        return out;
    }

    @Override
    public NDArray loss(Trainer trainer, NDArray input, NDArray logits, NDArray labels, int step) {
        float[] z = logits.toType(DataType.FLOAT32, false).toFloatArray();
        float[] y = labels.toType(DataType.FLOAT32, false).toFloatArray();
        int[] classes = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            classes[i] = (int) y[i];
        }
        EvidentialLoss.Value value = EvidentialLoss.of(z, classes, prior, klWeight, annealing);
        NDArray g = logits.getManager().create(value.gradient(), logits.getShape())
                .toType(logits.getDataType(), false);
        NDArray surrogate = logits.mul(g).sum();
        double surrogateValue = 0;
        for (int i = 0; i < z.length; i++) {
            surrogateValue += (double) z[i] * value.gradient()[i];
        }
        return surrogate.add(GraphScalar.of(surrogate, (float) (value.loss() - surrogateValue)));
    }
}
