package io.falbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;

/**
 * The two terms of KAFAL's KCFU loss (ycao5602/KAFAL {@code main.py train_epoch_client_distil}) on NDArrays, the
 * gradient flowing through the client's logits only. Client loss: cross-entropy of logits + log n_c, n_c the client's
 * labelled count of class c (logit adjustment). Compensatory distillation: mean_i(weight_i mean_c KL_ic) with torch's
 * KLDivLoss elementwise p_c (log p_c - log q_c), p the server's softmax, q the client's, on mixed unlabelled images.
 */
final class KcfuLoss {

    /**
     * log 0 for a class without labels: the reference's -inf, finite so that 0 x log 0 stays 0; exp of it underflows to
     * exactly 0 as exp(-inf) does, so losses and gradients are the same.
     */
    static final float LOG_ZERO = -1e30f;

    private static final Loss CROSS_ENTROPY = Loss.softmaxCrossEntropyLoss();

    private KcfuLoss() {
    }

    /** log n_c, {@link #LOG_ZERO} where n_c = 0. */
    static float[] logPrior(int[] classCounts) {
        float[] out = new float[classCounts.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = classCounts[c] > 0 ? (float) Math.log(classCounts[c]) : LOG_ZERO;
        }
        return out;
    }

    /** w_c = (N / (n_c + 1e-6)) [n_c > 0], normalised to sum 1: inverse class frequency over the classes held. */
    static float[] classWeights(int[] classCounts) {
        double total = 0;
        for (int n : classCounts) {
            total += n;
        }
        double[] ratio = new double[classCounts.length];
        double sum = 0;
        for (int c = 0; c < ratio.length; c++) {
            ratio[c] = classCounts[c] > 0 ? total / (classCounts[c] + 1e-6) : 0;
            sum += ratio[c];
        }
        float[] out = new float[ratio.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = (float) (ratio[c] / sum);
        }
        return out;
    }

    /** Cross-entropy of {@code logits + logPrior} against the labels, averaged over the batch. */
    static NDArray clientLoss(NDArray logits, NDArray labels, float[] logPrior) {
        NDArray adjusted = logits.add(logits.getManager().create(logPrior));
        return CROSS_ENTROPY.evaluate(new NDList(labels), new NDList(adjusted));
    }

    /**
     * weight_i = lambda_i w[pred_i] + (1 - lambda_i) w[pred_{j_i}], pred the server's argmax on the mixed batch
     * ({@code serverLogits} row-major, n x classes) and j_i image i's mixup partner.
     */
    static float[] imageWeights(float[] serverLogits, int classes, float[] lambdas, int[] partners, float[] w) {
        int n = lambdas.length;
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (serverLogits[i * classes + c] > serverLogits[i * classes + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = lambdas[i] * w[predicted[i]] + (1 - lambdas[i]) * w[predicted[partners[i]]];
        }
        return out;
    }

    /** mean_i(weight_i mean_c p_ic (log p_ic - log_softmax(client)_ic)), p = softmax of the server's logits. */
    static NDArray distillation(NDArray clientLogits, float[] serverLogits, float[] imageWeights) {
        int n = imageWeights.length;
        int classes = serverLogits.length / n;
        float[] p = new float[serverLogits.length];
        float[] logP = new float[serverLogits.length];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, serverLogits[i * classes + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(serverLogits[i * classes + c] - max);
            }
            double logSum = max + Math.log(sum);
            for (int c = 0; c < classes; c++) {
                logP[i * classes + c] = (float) (serverLogits[i * classes + c] - logSum);
                p[i * classes + c] = (float) Math.exp(serverLogits[i * classes + c] - logSum);
            }
        }
        NDManager manager = clientLogits.getManager();
        Shape shape = new Shape(n, classes);
        NDArray kl = manager.create(p, shape).mul(manager.create(logP, shape).sub(clientLogits.logSoftmax(1)));
        return kl.mean(new int[] {1}).mul(manager.create(imageWeights)).mean();
    }
}
