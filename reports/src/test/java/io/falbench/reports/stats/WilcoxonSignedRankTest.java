package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

    /** Exact p-values: SciPy's exact or enumerated permutation values, or exact integer counts, to 1e-12. */
    private static final double RELATIVE = 1e-12;

    @Test
    void everyFixtureMatchesSciPyOrTheExactCount() {
        int checked = 0;
        for (JsonNode c : Fixtures.get("wilcoxon")) {
            WilcoxonSignedRank.Zeros zeros = WilcoxonSignedRank.Zeros.valueOf(
                    c.get("zero_method").asText().toUpperCase(Locale.ROOT));
            WilcoxonSignedRank w = WilcoxonSignedRank.of(Fixtures.doubles(c.get("d")), zeros);
            String name = c.get("name").asText();
            assertThat(w.statistic()).as(name).isEqualTo(c.get("statistic").asDouble());
            assertThat(Fixtures.close(w.pLess(), c.get("less").asDouble(), RELATIVE, 0)).as(name + " less "
                    + w.pLess() + " vs " + c.get("less")).isTrue();
            assertThat(Fixtures.close(w.pGreater(), c.get("greater").asDouble(), RELATIVE, 0)).as(name + " greater "
                    + w.pGreater() + " vs " + c.get("greater")).isTrue();
            assertThat(Fixtures.close(w.pTwoSided(), c.get("two_sided").asDouble(), RELATIVE, 0)).as(name
                    + " two-sided " + w.pTwoSided() + " vs " + c.get("two_sided")).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void threeSeedsCanNeverReachFivePercent() {
        // all three differences positive: the most extreme of 2^3 sign patterns
        WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[] {0.7, 1.0, 1.3}, WilcoxonSignedRank.Zeros.WILCOX);
        assertThat(w.pGreater()).isEqualTo(1.0 / 8);
        assertThat(w.pTwoSided()).isEqualTo(1.0 / 4);
        assertThat(w.statistic()).isEqualTo(6);
    }

    @Test
    void zerosAreDroppedOrRankedAsDocumented() {
        double[] d = {0, 1, 2, -3};
        WilcoxonSignedRank wilcox = WilcoxonSignedRank.of(d, WilcoxonSignedRank.Zeros.WILCOX);
        // the zero dropped: ranks 1, 2, 3, T+ = 1 + 2; subset sums of {1, 2, 3} at least 3: 3, 3, 4, 5, 6 = 5/8
        assertThat(wilcox.statistic()).isEqualTo(3);
        assertThat(wilcox.pGreater()).isEqualTo(5.0 / 8);
        assertThat(wilcox.zeros()).isEqualTo(1);
        WilcoxonSignedRank pratt = WilcoxonSignedRank.of(d, WilcoxonSignedRank.Zeros.PRATT);
        // the zero takes rank 1, then leaves: ranks 2, 3, 4, T+ = 2 + 3; subset sums at least 5: 5, 6, 7, 9 = 4/8
        assertThat(pratt.statistic()).isEqualTo(5);
        assertThat(pratt.pGreater()).isEqualTo(4.0 / 8);
    }

    @Test
    void allZeroIsNoEvidenceEitherWay() {
        WilcoxonSignedRank w = WilcoxonSignedRank.of(new double[] {0, 0, 0}, WilcoxonSignedRank.Zeros.WILCOX);
        assertThat(w.statistic()).isZero();
        assertThat(new double[] {w.pLess(), w.pGreater(), w.pTwoSided()}).containsOnly(1.0);
    }

    @Test
    void aThousandPairsIsTheMostAndIsStillAProbability() {
        double[] d = new double[WilcoxonSignedRank.MAX_PAIRS];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i % 7 - 3) * 0.5 + (i % 3 == 0 ? 0.25 : 0);
        }
        WilcoxonSignedRank w = WilcoxonSignedRank.of(d, WilcoxonSignedRank.Zeros.PRATT);
        assertThat(w.pLess() + w.pGreater()).isGreaterThan(1);
        assertThat(w.pTwoSided()).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> WilcoxonSignedRank.of(new double[d.length + 1], WilcoxonSignedRank.Zeros.WILCOX))
                .hasMessageContaining("at most 1000 pairs").hasMessageContaining("PairedT");
    }

    @Test
    void badInputSaysWhichDifferenceAndWhatToDo() {
        assertThatThrownBy(() -> WilcoxonSignedRank.of(new double[0], WilcoxonSignedRank.Zeros.WILCOX))
                .hasMessageContaining("at least 1 paired difference").hasMessageContaining("got 0");
        assertThatThrownBy(() -> WilcoxonSignedRank.of(new double[] {1, Double.NaN}, WilcoxonSignedRank.Zeros.WILCOX))
                .hasMessageContaining("paired difference 1 is NaN").hasMessageContaining("failed seed");
    }
}
