package io.falbench.mode.ifal;

/**
 * IFAL's two criteria per candidate (chenchenzong/IFAL {@code query_strategies/fal/ifal.py} at 39c3989, lines
 * 117-126), on the data-driven probabilities of {@link ReverseNeighbours} and {@link Wasserstein} distances W. The
 * inter-model inconsistency, with D_ll = W(local, distilled) and D_gl = W(global, distilled), the three models' lists
 * all counting the global model's votes: U1 = max(D_gl / (D_ll + 1e-5), D_ll / (D_gl + 1e-5)) x (D_ll + D_gl), large
 * where the distilled local-only model sides clearly with one of the other two and the two disagree (lines 117-120).
 * The intra-model inconsistency: U2 = W(the local model's probabilities from its own votes, its softmax), where its
 * neighbourhood and its classifier disagree (line 123). The query ranks U = U1 x U2 (line 126).
 */
final class Inconsistency {

    /** Added to each distance it divides by (the reference's constant). */
    static final double EPSILON = 1e-5;

    private Inconsistency() {
    }

    /** U1 of every candidate from the global, local and distilled models' probabilities (row-major, C columns). */
    static double[] interModel(double[] global, double[] local, double[] distilled, int classes) {
        double[] out = new double[global.length / classes];
        for (int i = 0; i < out.length; i++) {
            double localDistilled = Wasserstein.between(local, distilled, i, classes);
            double globalDistilled = Wasserstein.between(global, distilled, i, classes);
            out[i] = Math.max(globalDistilled / (localDistilled + EPSILON), localDistilled / (globalDistilled + EPSILON))
                    * (localDistilled + globalDistilled);
        }
        return out;
    }

    /** U2 of every candidate from the local model's own-vote probabilities and its softmax (row-major, C columns). */
    static double[] intraModel(double[] neighbourProbabilities, float[] softmax, int classes) {
        double[] probabilities = new double[softmax.length];
        for (int i = 0; i < softmax.length; i++) {
            probabilities[i] = softmax[i];
        }
        double[] out = new double[softmax.length / classes];
        for (int i = 0; i < out.length; i++) {
            out[i] = Wasserstein.between(neighbourProbabilities, probabilities, i, classes);
        }
        return out;
    }

    /** U = U1 x U2. */
    static double[] combined(double[] interModel, double[] intraModel) {
        double[] out = new double[interModel.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = interModel[i] * intraModel[i];
        }
        return out;
    }
}
