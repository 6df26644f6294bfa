package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class NoncentralTTest {

    @Test
    void everyGridPointMatchesScipyNct() {
        int checked = 0;
        for (JsonNode c : Fixtures.get("nct").get("cases")) {
            double expected = c.get("cdf").asDouble();
            double actual = NoncentralT.cdf(c.get("t").asDouble(), c.get("df").asDouble(), c.get("ncp").asDouble());
            // 1e-9 relative above 1e-4; below it 1e-13 absolute (a left tail is 1 minus the series for -t, -ncp)
            assertThat(Fixtures.close(actual, expected, 1e-9, 1e-4)).as(c + " gave " + actual).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(600);
    }

    @Test
    void aLargeNoncentralityMatchesThirtyDigitIntegration() {
        for (JsonNode c : Fixtures.get("nct_large").get("cases")) {
            double actual = NoncentralT.cdf(c.get("t").asDouble(), c.get("df").asDouble(), c.get("ncp").asDouble());
            assertThat(Fixtures.close(actual, c.get("cdf").asDouble(), 1e-11, 0)).as(c + " gave " + actual).isTrue();
        }
    }

    @Test
    void badParametersAreErrors() {
        assertThatThrownBy(() -> NoncentralT.cdf(1, 0, 1)).hasMessageContaining("df > 0");
        assertThatThrownBy(() -> NoncentralT.cdf(1, 3, 40_001)).hasMessageContaining("|ncp| <= 40000");
    }
}
