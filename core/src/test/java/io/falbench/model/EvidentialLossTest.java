package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FEAL's evidential loss: its value against an independent NumPy/SciPy computation of the paper's terms, its gradient
 * against central differences of the value, and the objective's graph carrying exactly that gradient into the logits.
 */
class EvidentialLossTest {

    private static final float[] LOGITS = {2.5f, -1.0f, 0.3f, 0.0f, -0.5f, -0.2f, -3.0f, -1.0f, 10.0f, 4.0f, 0.5f,
            7.25f};
    private static final int[] LABELS = {0, 3, 2};
    private static final double[] PRIOR = {0.5, 0.25, 0.25, 0.0};

    /**
     * From SciPy 1.17.1 / NumPy 2.4.6 on the rows above, lambda 0.01, annealing 0.3: alpha = max(z, 0) + 1;
     * ce = sum((2 - prior) onehot (digamma(S) - digamma(alpha)), 1); alpha~ = (alpha - 1)(1 - onehot) + 1;
     * kl = gammaln(S~) - sum(gammaln(alpha~), 1) - gammaln(K) + sum((alpha~ - 1)(digamma(alpha~) - digamma(S~)), 1);
     * cor = -(K / S) z_y; mean(ce + lambda (a kl + cor)).
     */
    private static final double SCIPY_LOSS = 3.4545754210501527;

    @Test
    void theLossIsThePapersTermsAsAnIndependentComputationGivesThem() {
        EvidentialLoss.Value value = EvidentialLoss.of(LOGITS, LABELS, PRIOR, 0.01, 0.3);
        // the logits are floats here (0.3f, -0.2f are not 0.3, -0.2): agreement to 1e-8 rather than to the last digit
        assertThat(value.loss()).isCloseTo(SCIPY_LOSS, within(1e-8));
    }

    @Test
    void theGradientIsTheDerivativeOfTheLossWithRespectToEachLogit() {
        // away from relu's kink at 0 (its derivative there is taken as 0, as libtorch's)
        float[] logits = {2.5f, -1.0f, 0.3f, 0.7f, 1.5f, -0.2f, -3.0f, 2.0f, 10.0f, 4.0f, 0.5f, 7.25f};
        for (double annealing : new double[] {0, 0.3, 1}) {
            EvidentialLoss.Value value = EvidentialLoss.of(logits, LABELS, PRIOR, 0.05, annealing);
            for (int j = 0; j < logits.length; j++) {
                double h = 1e-3;
                double up = lossAt(logits, j, h, annealing);
                double down = lossAt(logits, j, -h, annealing);
                assertThat(value.gradient()[j]).as("logit %d, annealing %s", j, annealing)
                        .isCloseTo((float) ((up - down) / (2 * h)), within(2e-5f));
            }
        }
    }

    /** The loss with logit j moved by h, the correction's S held at the unmoved logits (it carries no gradient). */
    private static double lossAt(float[] logits, int j, double h, double annealing) {
        int classes = PRIOR.length;
        double[] z = new double[logits.length];
        double[] fixedS = new double[LABELS.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = logits[k] + (k == j ? h : 0);
            fixedS[k / classes] += Math.max(logits[k], 0) + 1;
        }
        double total = 0;
        for (int i = 0; i < LABELS.length; i++) {
            int y = LABELS[i];
            double s = 0;
            double st = 0;
            double[] a = new double[classes];
            double[] at = new double[classes];
            for (int c = 0; c < classes; c++) {
                a[c] = Math.max(z[i * classes + c], 0) + 1;
                at[c] = c == y ? 1 : a[c];
                s += a[c];
                st += at[c];
            }
            double ce = (2 - PRIOR[y]) * (GammaFunctions.digamma(s) - GammaFunctions.digamma(a[y]));
            double kl = GammaFunctions.logGamma(st) - GammaFunctions.logGamma(classes);
            for (int c = 0; c < classes; c++) {
                kl += -GammaFunctions.logGamma(at[c]) + (at[c] - 1) * (GammaFunctions.digamma(at[c])
                        - GammaFunctions.digamma(st));
            }
            total += ce + 0.05 * (annealing * kl - classes / fixedS[i] * z[i * classes + y]);
        }
        return total / LABELS.length;
    }

    @Test
    void theObjectivesGraphCarriesExactlyTheLossGradientIntoTheLogitsAndReportsTheLoss() {
        int[] clientLabels = {0, 0, 1, 2};
        Evidential objective = new Evidential(clientLabels, 0.01, 10, 3);
        assertThat(objective.annealing()).isCloseTo(0.3, within(1e-15));
        assertThat(new Evidential(clientLabels, 0.01, 10, 25).annealing()).isEqualTo(1.0);
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 4, 1);
             NDManager manager = NDManager.newBaseManager()) {
            objective.begin(network, new TrainingSettings(1, 16, 0.05f, 0.9f, 0, false), 4, new SplittableRandom(1));
            NDArray logits = manager.create(LOGITS, new Shape(3, 4));
            logits.setRequiresGradient(true);
            NDArray labels = manager.create(new float[] {0, 3, 2});
            float reported;
            try (GradientScope scope = new GradientScope()) {
                NDArray loss = objective.loss(null, null, logits, labels, 0);
                scope.backward(loss);
                reported = loss.getFloat();
            }
            EvidentialLoss.Value expected = EvidentialLoss.of(LOGITS, new int[] {0, 3, 2}, PRIOR, 0.01, 0.3);
            assertThat(reported).isCloseTo((float) expected.loss(), within(1e-5f));
            assertThat(logits.getGradient().toFloatArray()).containsExactly(expected.gradient());
        }
        assertThat(Evidential.prior(clientLabels, 4)).containsExactly(PRIOR);
        assertThat(Evidential.prior(new int[0], 3)).containsExactly(0, 0, 0);
    }
}
