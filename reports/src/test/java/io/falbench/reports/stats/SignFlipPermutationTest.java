package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SignFlipPermutationTest {

    /** Exact shares of 2^n patterns: SciPy's enumeration or exact integer counts, to 1e-12. */
    private static final double RELATIVE = 1e-12;

    @Test
    void everyExactFixtureMatchesAndTheMonteCarloOneLiesWithinFourStandardErrors() {
        int exact = 0;
        for (JsonNode c : Fixtures.get("sign_flip")) {
            double[] d = Fixtures.doubles(c.get("d"));
            SignFlipPermutation s = SignFlipPermutation.of(d);
            String name = c.get("name").asText();
            assertThat(s.mean()).as(name).isCloseTo(c.get("mean").asDouble(), within(1e-15));
            if (d.length <= SignFlipPermutation.EXACT_UP_TO) {
                assertThat(s.resamples()).isZero();
                assertThat(s.standardError()).isZero();
                for (String[] side : new String[][] {{"less", "" + s.pLess()}, {"greater", "" + s.pGreater()},
                        {"two_sided", "" + s.pTwoSided()}}) {
                    assertThat(Fixtures.close(Double.parseDouble(side[1]), c.get(side[0]).asDouble(), RELATIVE, 0))
                            .as(name + " " + side[0] + " " + side[1] + " vs " + c.get(side[0])).isTrue();
                }
                exact++;
            } else {
                // seeded, so this either always holds or never: it checks the estimator, not luck
                assertThat(s.resamples()).isEqualTo(SignFlipPermutation.RESAMPLES);
                assertThat(s.standardError()).isBetween(1e-4, 5e-4);
                assertThat(s.pGreater()).as(name).isCloseTo(c.get("greater").asDouble(),
                        within(4 * s.standardError()));
                assertThat(s.pLess()).as(name).isCloseTo(c.get("less").asDouble(), within(4 * s.standardError()));
            }
        }
        assertThat(exact).isGreaterThanOrEqualTo(9);
    }

    @Test
    void monteCarloAgreesWithTheExactCountWhereBothRun() {
        double[] d = Fixtures.doubles(Fixtures.get("sign_flip").get(6).get("d"));
        assertThat(d).hasSize(20);
        SignFlipPermutation exact = SignFlipPermutation.exact(d);
        SignFlipPermutation drawn = SignFlipPermutation.monteCarlo(d, 200_000, 7);
        assertThat(drawn.pGreater()).isCloseTo(exact.pGreater(), within(4 * drawn.standardError()));
        assertThat(drawn.pTwoSided()).isCloseTo(exact.pTwoSided(), within(8 * drawn.standardError()));
    }

    @Test
    void tiedSubsetSumsCountAsTiesDespiteRounding() {
        // 0.1 + 0.2 != 0.3 in binary floating point; the patterns (+0.1 +0.2 -0.3) and (-0.1 -0.2 +0.3) sum to 0
        SignFlipPermutation s = SignFlipPermutation.of(new double[] {0.1, 0.2, -0.3});
        // sums of the 8 patterns: +-0.6, +-0.4, +-0.2, 0, 0: at least 0 are 0, 0, 0.2, 0.4, 0.6
        assertThat(s.pGreater()).isEqualTo(5.0 / 8);
        assertThat(s.pLess()).isEqualTo(5.0 / 8);
        assertThat(s.pTwoSided()).isEqualTo(1);
    }
}
