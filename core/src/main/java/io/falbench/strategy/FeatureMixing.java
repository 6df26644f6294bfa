package io.falbench.strategy;

import io.falbench.model.LinearHead;
import io.falbench.model.Predictions;
import java.util.ArrayList;
import java.util.List;

/**
 * ALFA-Mix's test of one candidate (Parvaneh et al., CVPR 2022), as raymin0223/LoGo's
 * {@code query_strategies/alfa_mix.py} runs it ({@code find_candidate_set}, {@code calculate_optimum_alpha}, closed
 * form): the candidate's embedding u is mixed towards an anchor a, the mean embedding of the labelled samples of one
 * class (of all labelled samples for a class without any), as (1 - alpha) u + alpha a with, per feature,
 * alpha = eps ||z|| / ||g|| * g / (z + 1e-8), z = a - u, g the gradient of the cross-entropy at u's predicted class
 * with respect to u, eps = cap / sqrt(D). The candidate is inconsistent when the head predicts some anchor's mix as
 * another class than u's. alpha and the mix are float32 as the reference's tensors, written as there (not simplified
 * to u + eps ||z|| g / ||g||); norms and logits are summed in double. A candidate whose g is 0 (where the reference
 * divides by 0) is never inconsistent; without labelled samples there is no anchor.
 */
final class FeatureMixing {

    /** The reference's guard in alpha's denominator. */
    static final float Z_EPSILON = 1e-8f;

    private final LinearHead head;
    private final float[] embeddings;
    private final int dim;
    private final int[] predicted;
    private final float[] gradients;
    private final double[] gradientNorms;
    private final float[][] anchors;
    private final float[] alpha;
    private final float[] mixed;

    private FeatureMixing(LinearHead head, Predictions candidates, float[][] anchors) {
        this.head = head;
        this.embeddings = candidates.embeddings();
        this.dim = candidates.embeddingDimension();
        this.predicted = candidates.predictedClasses();
        this.anchors = anchors;
        int n = candidates.size();
        this.gradients = new float[n * dim];
        this.gradientNorms = new double[n];
        for (int i = 0; i < n; i++) {
            float[] g = head.inputGradient(candidates.probabilities(), i * candidates.numClasses(), predicted[i]);
            System.arraycopy(g, 0, gradients, i * dim, dim);
            gradientNorms[i] = norm(g, 0, dim);
        }
        this.alpha = new float[dim];
        this.mixed = new float[dim];
    }

    /** The test for the input's candidates: its head, its labelled samples' anchors. */
    static FeatureMixing of(QueryInput input) {
        LinearHead head = input.head();
        if (head == null) {
            throw new IllegalArgumentException("alfa-mix reads the query model's linear head and the query input has"
                    + " none: its registry entry must declare Need.HEAD");
        }
        Predictions candidates = input.predictions();
        if (head.dimension() != candidates.embeddingDimension() || head.numClasses() != candidates.numClasses()) {
            throw new IllegalArgumentException("alfa-mix: the head maps " + head.dimension() + " features to "
                    + head.numClasses() + " classes, the candidates' predictions have "
                    + candidates.embeddingDimension() + " features and " + candidates.numClasses() + " classes");
        }
        return new FeatureMixing(head, candidates, anchors(input.labelledPredictions(), input.labelledLabels(),
                head.numClasses()));
    }

    /**
     * One anchor per class with labelled samples, their mean embedding (summed in double), and, if some class has
     * none, the mean of all labelled embeddings (the reference's stand-in for each such class); none without
     * labelled samples.
     */
    static float[][] anchors(Predictions labelled, int[] labels, int classes) {
        if (labelled == null || labelled.size() == 0) {
            return new float[0][];
        }
        int dim = labelled.embeddingDimension();
        double[][] sums = new double[classes + 1][dim];
        int[] counts = new int[classes + 1];
        for (int i = 0; i < labelled.size(); i++) {
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("alfa-mix: labelled sample " + i + " has label " + label
                        + ", outside the head's " + classes + " classes");
            }
            for (int d = 0; d < dim; d++) {
                double value = labelled.embeddings()[i * dim + d];
                sums[label][d] += value;
                sums[classes][d] += value;
            }
            counts[label]++;
            counts[classes]++;
        }
        boolean someClassMissing = false;
        List<float[]> anchors = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            if (counts[c] == 0) {
                someClassMissing = true;
            } else {
                anchors.add(mean(sums[c], counts[c]));
            }
        }
        if (someClassMissing) {
            anchors.add(mean(sums[classes], counts[classes]));
        }
        return anchors.toArray(float[][]::new);
    }

    /** Whether mixing candidate {@code i} towards some anchor at this cap changes its predicted class. */
    boolean inconsistent(int i, double cap) {
        if (gradientNorms[i] == 0) {
            return false;
        }
        double eps = cap / Math.sqrt(dim);
        for (float[] anchor : anchors) {
            mix(eps, embeddings, i * dim, anchor, gradients, i * dim, gradientNorms[i], alpha, mixed);
            if (head.predictedClass(mixed, 0) != predicted[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closed-form alpha and the mix (1 - alpha) u + alpha a, into {@code alpha} and {@code mixed}, for
     * u = {@code u[uFrom ..]}, g = {@code g[gFrom ..]} of norm {@code gNorm}, eps = cap / sqrt(D).
     */
    static void mix(double eps, float[] u, int uFrom, float[] anchor, float[] g, int gFrom, double gNorm,
                    float[] alpha, float[] mixed) {
        int dim = anchor.length;
        double squares = 0;
        for (int d = 0; d < dim; d++) {
            float z = anchor[d] - u[uFrom + d];
            squares += (double) z * z;
        }
        float scale = (float) (eps * Math.sqrt(squares) / gNorm);
        for (int d = 0; d < dim; d++) {
            float z = anchor[d] - u[uFrom + d];
            alpha[d] = scale * g[gFrom + d] / (z + Z_EPSILON);
            mixed[d] = (1f - alpha[d]) * u[uFrom + d] + alpha[d] * anchor[d];
        }
    }

    private static float[] mean(double[] sums, int count) {
        float[] out = new float[sums.length];
        for (int d = 0; d < sums.length; d++) {
            out[d] = (float) (sums[d] / count);
        }
        return out;
    }

    private static double norm(float[] values, int from, int length) {
        double squares = 0;
        for (int d = 0; d < length; d++) {
            squares += (double) values[from + d] * values[from + d];
        }
        return Math.sqrt(squares);
    }
}
