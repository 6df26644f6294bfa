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
            // 1e-9 relative above 1e-5; below it 1e-14 absolute (a left tail is 1 minus the series for -t, -ncp)
            assertThat(Fixtures.close(actual, expected, 1e-9, 1e-5)).as(c + " gave " + actual).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(280);
    }

    @Test
    void badParametersAreErrors() {
        assertThatThrownBy(() -> NoncentralT.cdf(1, 0, 1)).hasMessageContaining("df > 0");
    }
}
