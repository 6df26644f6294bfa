package io.falbench.mode.feal;

import io.falbench.model.GammaFunctions;

/**
 * The two uncertainties FEAL reads from a model's evidence alpha = relu(z) + 1 (Chen et al., CVPR 2024;
 * JiayiChen815/FEAL {@code utils/cls/selection_methods.py fl_duc}): the aleatoric (data) uncertainty, the expected
 * entropy of the categorical under Dir(alpha), sum_c (alpha_c / S) (psi(S + 1) - psi(alpha_c + 1)); and the
 * distributional uncertainty, the entropy of Dir(alpha) itself, log B(alpha) + (S - K) psi(S) - sum_c (alpha_c - 1)
 * psi(alpha_c) (torch.distributions.Dirichlet.entropy), S = sum alpha, B the multivariate Beta function.
 */
final class DirichletUncertainty {

    private DirichletUncertainty() {
    }

    /** Evidence of row {@code i} of the logits: relu(z) + 1. */
    static double[] alpha(double[] logits, int i, int classes) {
        double[] alpha = new double[classes];
        for (int c = 0; c < classes; c++) {
            alpha[c] = Math.max(logits[i * classes + c], 0) + 1;
        }
        return alpha;
    }

    /** The expected entropy of the categorical under Dir(alpha). */
    static double aleatoric(double[] alpha) {
        double s = sum(alpha);
        double digammaNext = GammaFunctions.digamma(s + 1);
        double u = 0;
        for (double a : alpha) {
            u += a / s * (digammaNext - GammaFunctions.digamma(a + 1));
        }
        return u;
    }

    /** The differential entropy of Dir(alpha). */
    static double distributional(double[] alpha) {
        double s = sum(alpha);
        double h = -GammaFunctions.logGamma(s) + (s - alpha.length) * GammaFunctions.digamma(s);
        for (double a : alpha) {
            h += GammaFunctions.logGamma(a) - (a - 1) * GammaFunctions.digamma(a);
        }
        return h;
    }

    private static double sum(double[] alpha) {
        double s = 0;
        for (double a : alpha) {
            s += a;
        }
        return s;
    }
}
