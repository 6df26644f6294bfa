package io.falbench.model;

/**
 * FEAL's evidential loss on one batch of logits, its value and its gradient with respect to the logits, in double
 * (Chen et al., CVPR 2024, "Think Twice Before Selection: Federated Evidential Active Learning for Medical Image
 * Analysis with Domain Shifts"; JiayiChen815/FEAL {@code utils/loss_func.py EDL_Loss}). Per sample, with evidence
 * alpha = relu(z) + 1, S = sum alpha, y the label, w_c = 2 - prior_c (prior: the client's labelled class shares):
 * <ul>
 * <li>ce = w_y (psi(S) - psi(alpha_y)), the expected class-weighted cross-entropy under Dir(alpha);</li>
 * <li>kl = KL(Dir(alpha~) || Dir(1)), alpha~ = alpha with the label's entry set to 1 (the misleading evidence);</li>
 * <li>cor = -(K / S) z_y, S held constant (no gradient through it);</li>
 * </ul>
 * loss = mean over the batch of ce + lambda (a kl + cor), lambda the KL weight and a = min(1, round / annealing
 * step) the annealing coefficient. psi is the digamma function ({@link GammaFunctions}). The gradient is exact: the
 * derivative of relu is taken as 0 at 0, as libtorch's.
 */
public final class EvidentialLoss {

    /**
     * @param loss     the batch's mean loss
     * @param gradient d loss / d logits, row-major like the logits
     */
    public record Value(double loss, float[] gradient) {
    }

    private EvidentialLoss() {
    }

    /**
     * @param logits    n x classes, row-major
     * @param labels    one per row
     * @param prior     the client's labelled share of each class (summing to 1)
     * @param klWeight  lambda
     * @param annealing a, in [0, 1]
     */
    public static Value of(float[] logits, int[] labels, double[] prior, double klWeight, double annealing) {
        int classes = prior.length;
        int n = labels.length;
        if (logits.length != n * classes) {
            throw new IllegalArgumentException(n + " labels of " + classes + " classes need " + n * classes
                    + " logits, got " + logits.length);
        }
        float[] gradient = new float[logits.length];
        double[] alpha = new double[classes];
        double[] misleading = new double[classes];
        double total = 0;
        double logGammaClasses = GammaFunctions.logGamma(classes);
        for (int i = 0; i < n; i++) {
            int y = labels[i];
            int row = i * classes;
            double s = 0;
            double sMisleading = 0;
            for (int c = 0; c < classes; c++) {
                alpha[c] = Math.max(logits[row + c], 0) + 1;
                misleading[c] = c == y ? 1 : alpha[c];
                s += alpha[c];
                sMisleading += misleading[c];
            }
            double weight = 2 - prior[y];
            double ce = weight * (GammaFunctions.digamma(s) - GammaFunctions.digamma(alpha[y]));
            double kl = GammaFunctions.logGamma(sMisleading) - logGammaClasses;
            double digammaMisleading = GammaFunctions.digamma(sMisleading);
            for (int c = 0; c < classes; c++) {
                kl += -GammaFunctions.logGamma(misleading[c])
                        + (misleading[c] - 1) * (GammaFunctions.digamma(misleading[c]) - digammaMisleading);
            }
            double cor = -classes / s * logits[row + y];
            total += ce + klWeight * (annealing * kl + cor);

            double trigammaS = GammaFunctions.trigamma(s);
            double trigammaMisleading = GammaFunctions.trigamma(sMisleading);
            for (int c = 0; c < classes; c++) {
                double dAlpha = weight * (trigammaS - (c == y ? GammaFunctions.trigamma(alpha[c]) : 0));
                if (c != y) {
                    dAlpha += klWeight * annealing * ((misleading[c] - 1) * GammaFunctions.trigamma(misleading[c])
                            - (sMisleading - classes) * trigammaMisleading);
                }
                double d = logits[row + c] > 0 ? dAlpha : 0;
                if (c == y) {
                    d += klWeight * (-classes / s);
                }
                gradient[row + c] = (float) (d / n);
            }
        }
        return new Value(total / n, gradient);
    }
}
