package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** log Gamma, digamma and trigamma against SciPy. */
class GammaFunctionsTest {

    /**
     * x, gammaln(x), digamma(x), polygamma(1, x) from SciPy 1.17.1 (NumPy 2.4.6):
     * {@code for x in xs: print(x, float(gammaln(x)), float(digamma(x)), float(polygamma(1, x)))}.
     */
    private static final double[][] SCIPY = {
            {0.001, 6.907178885383853, -1000.5755719318103, 1000001.6425331959},
            {0.1, 2.252712651734206, -10.423754940411076, 101.43329915079275},
            {0.5, 0.5723649429247, -1.9635100260214235, 4.93480220054468},
            {1.0, 0.0, -0.5772156649015329, 1.6449340668482266},
            {1.5, -0.12078223763524526, 0.03648997397857652, 0.9348022005446793},
            {2.0, 0.0, 0.42278433509846713, 0.6449340668482266},
            {3.7, 1.428072326665388, 1.1671535393615113, 0.31003785767003833},
            {9.99, 12.779315214350195, 2.250700372831201, 0.10527695014824176},
            {10.0, 12.801827480081469, 2.251752589066721, 0.10516633568168576},
            {11.0, 15.104412573075516, 2.3517525890667215, 0.09516633568168575},
            {25.5, 56.38916764371994, 3.2189424728839198, 0.03999466964956292},
            {100.0, 359.1342053695754, 4.600161852738088, 0.010050166663333573},
            {1234.5, 7550.550901077894, 7.1180162318279985, 0.0008103727271269668},
            {1000000.0, 12815504.569147611, 13.81551005796419, 1.0000005000001667e-06},
    };

    @Test
    void matchSciPyToTwelveDigits() {
        for (double[] row : SCIPY) {
            double x = row[0];
            assertThat(GammaFunctions.logGamma(x)).as("lgamma(%s)", x).isCloseTo(row[1], within(1e-12 * scale(row[1])));
            assertThat(GammaFunctions.digamma(x)).as("digamma(%s)", x).isCloseTo(row[2], within(1e-12 * scale(row[2])));
            assertThat(GammaFunctions.trigamma(x)).as("trigamma(%s)", x)
                    .isCloseTo(row[3], within(1e-12 * scale(row[3])));
        }
    }

    @Test
    void refuseXOutsideTheirDomain() {
        assertThatThrownBy(() -> GammaFunctions.digamma(0)).hasMessageContaining("finite x > 0, got 0.0");
        assertThatThrownBy(() -> GammaFunctions.logGamma(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GammaFunctions.trigamma(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double scale(double value) {
        return Math.max(1, Math.abs(value));
    }
}
