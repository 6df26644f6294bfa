package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.Trainer;

/**
 * IFAL's local-only objective (Zong, Jin and Huang, IJCAI 2025; chenchenzong/IFAL
 * {@code query_strategies/strategy.py} at 39c3989, {@code kd_loss} lines 14-19 and {@code training_local_only_KD}
 * lines 321-329): 0.1 x the cross-entropy of the labelled batch plus 0.9 x T^2 x the batch mean of
 * sum_c p_c (log p_c - log q_c), p = softmax(t / T) of a frozen teacher's logits t on the same batch as trained on
 * (augmented alike; the teacher in inference mode, BatchNorm on its running statistics, as the reference's
 * {@code global_net.eval()}), q = softmax(s / T) of the model's logits s, T = 4 (Hinton, Vinyals and Dean 2015). The
 * teacher's logits join no gradient. Serves one local training; the teacher stays the caller's to close. Its
 * constants enter the graph as {@link GraphScalar}s, never through DJL's {@code div(Number)}/{@code mul(Number)}.
 */
public final class KnowledgeDistillation implements LocalObjective {

    static final float TEMPERATURE = 4f;
    static final float CROSS_ENTROPY_WEIGHT = 0.1f;
    static final float DISTILLATION_WEIGHT = 0.9f;

    private final Network teacher;

    public KnowledgeDistillation(Network teacher) {
        this.teacher = teacher;
    }

    @Override
    public NDArray loss(Trainer trainer, NDArray input, NDArray logits, NDArray labels, int step) {
        NDArray temperature = GraphScalar.of(logits, TEMPERATURE);
        NDArray crossEntropy = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits));
        NDArray teacherLogits = teacher.frozenLogits(input).div(temperature);
        NDArray p = teacherLogits.softmax(1);
        NDArray kl = p.mul(teacherLogits.logSoftmax(1).sub(logits.div(temperature).logSoftmax(1)))
                .sum(new int[] {1}).mean();
        return crossEntropy.mul(GraphScalar.of(logits, CROSS_ENTROPY_WEIGHT))
                .add(kl.mul(GraphScalar.of(logits, DISTILLATION_WEIGHT * TEMPERATURE * TEMPERATURE)));
    }
}
