package io.falbench.mode.feal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** FEAL's two Dirichlet uncertainties against SciPy. */
class DirichletUncertaintyTest {

    private static final double[] LOGITS = {2.5, -1.0, 0.3, 0.0, -0.5, -0.2, -3.0, -1.0, 10.0, 4.0, 0.5, 7.25};

    /**
     * Per row of LOGITS, alpha = max(z, 0) + 1, from SciPy 1.17.1: the expected entropy
     * {@code sum(alpha / S * (digamma(S + 1) - digamma(alpha + 1)))} and {@code scipy.stats.dirichlet(alpha).entropy()}.
     */
    private static final double[][] SCIPY = {
            {1.0347318146764208, -2.665667025416804},
            {1.083333333333333, -1.791759469228055},
            {1.1569002514839788, -4.1829175605805915},
    };

    @Test
    void theExpectedEntropyAndTheDirichletsEntropyAreSciPys() {
        for (int i = 0; i < SCIPY.length; i++) {
            double[] alpha = DirichletUncertainty.alpha(LOGITS, i, 4);
            assertThat(DirichletUncertainty.aleatoric(alpha)).as("row %d", i).isCloseTo(SCIPY[i][0], within(1e-12));
            assertThat(DirichletUncertainty.distributional(alpha)).as("row %d", i)
                    .isCloseTo(SCIPY[i][1], within(1e-12));
        }
        // no evidence at all (every logit <= 0): Dir(1, ..., 1), the most uncertain Dirichlet, entropy -log((K-1)!)
        assertThat(DirichletUncertainty.alpha(LOGITS, 1, 4)).containsExactly(1, 1, 1, 1);
    }
}
