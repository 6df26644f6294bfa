package io.falbench.mode.fairfal;

/**
 * FairFAL's adaptive query-model choice (Zong and Huang, CVPR 2026), steps 3-6: from the mean softmax of the global
 * (pi_g) and local (pi_l) models over a class-balanced probe set, the client's global-imbalance estimate
 * gamma_k = min_c pi_g / max_c pi_g over its present classes, and the local-global divergence
 * d_k = (1/C) sum_c |pi_g - pi_l| / (pi_g + pi_l); query with the global model iff 1 - (d_k + gamma_bar)/2 > delta.
 */
public final class ModelChoice {

    private ModelChoice() {
    }

    public static double imbalance(double[] globalMix, boolean[] present) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int c = 0; c < globalMix.length; c++) {
            if (present[c]) {
                min = Math.min(min, globalMix[c]);
                max = Math.max(max, globalMix[c]);
            }
        }
        return max == 0 ? 1.0 : min / max;
    }

    public static double divergence(double[] globalMix, double[] localMix) {
        double sum = 0;
        for (int c = 0; c < globalMix.length; c++) {
            double total = globalMix[c] + localMix[c];
            if (total > 0) {
                sum += Math.abs(globalMix[c] - localMix[c]) / total;
            }
        }
        return sum / globalMix.length;
    }

    public static boolean useGlobal(double divergence, double meanImbalance, double delta) {
        return 1 - (divergence + meanImbalance) / 2 > delta;
    }
}
