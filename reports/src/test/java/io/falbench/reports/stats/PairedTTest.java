package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PairedTTest {

    /** SciPy and Commons Math compute the t distribution independently; they agree to about 1e-13. */
    private static final double RELATIVE = 1e-9;

    private static void close(double actual, JsonNode expected, String what) {
        assertThat(Fixtures.close(actual, expected.asDouble(), RELATIVE, 1e-12))
                .as(what + ": " + actual + " vs " + expected).isTrue();
    }

    @Test
    void everyFixtureMatchesTtest1sampAndTInterval() {
        for (JsonNode c : Fixtures.get("t")) {
            PairedT t = PairedT.of(Fixtures.doubles(c.get("d")));
            double bound = c.get("bound").asDouble();
            String name = c.get("name").asText();
            close(t.mean(), c.get("mean"), name + " mean");
            close(t.sd(), c.get("sd"), name + " sd");
            close(t.t(bound), c.get("t"), name + " t");
            close(t.pLess(bound), c.get("less"), name + " less");
            close(t.pGreater(bound), c.get("greater"), name + " greater");
            close(t.pTwoSided(bound), c.get("two_sided"), name + " two-sided");
            for (String level : new String[] {"95", "90"}) {
                Interval i = t.interval(Integer.parseInt(level) / 100.0);
                close(i.low(), c.get("interval" + level).get(0), name + " " + level + "% low");
                close(i.high(), c.get("interval" + level).get(1), name + " " + level + "% high");
            }
        }
    }

    @Test
    void identicalDifferencesHaveADefinedAnswer() {
        PairedT same = PairedT.of(new double[] {0.1, 0.1, 0.1});
        assertThat(same.sd()).isZero();
        assertThat(same.mean()).isEqualTo(0.1);
        assertThat(same.pGreater(0)).isZero();
        assertThat(same.pLess(0)).isEqualTo(1);
        assertThat(same.pTwoSided(0)).isZero();
        assertThat(same.pTwoSided(0.1)).isEqualTo(1);
        assertThat(same.interval(0.95)).isEqualTo(new Interval(0.1, 0.1, 0.95));
        PairedT zero = PairedT.of(new double[] {0, 0, 0, 0});
        assertThat(new double[] {zero.pLess(0), zero.pGreater(0), zero.pTwoSided(0)}).containsOnly(1.0);
        assertThat(zero.t(0)).isNaN();
    }

    @Test
    void oneSeedOrABadLevelIsACleanError() {
        assertThatThrownBy(() -> PairedT.of(new double[] {0.4}))
                .hasMessageContaining("the paired t test needs at least 2 paired differences")
                .hasMessageContaining("got 1");
        assertThatThrownBy(() -> PairedT.of(new double[] {0.4, 0.5}).interval(95))
                .hasMessageContaining("between 0 and 1");
    }

    @Test
    void theNinetyPercentIntervalInsideTheMarginIsTostAtFivePercent() {
        for (JsonNode c : Fixtures.get("tost")) {
            PairedT t = PairedT.of(Fixtures.doubles(c.get("d")));
            double margin = c.get("margin").asDouble();
            Tost tost = Tost.of(t, margin);
            String name = c.get("name").asText();
            close(tost.pLower(), c.get("p_lower"), name + " p_lower");
            close(tost.pUpper(), c.get("p_upper"), name + " p_upper");
            close(tost.p(), c.get("p"), name + " p");
            assertThat(t.interval(0.90).within(margin)).as(name).isEqualTo(tost.p() < 0.05);
        }
        assertThatThrownBy(() -> Tost.of(PairedT.of(new double[] {0.4, 0.5}), 0))
                .hasMessageContaining("positive number");
    }
}
