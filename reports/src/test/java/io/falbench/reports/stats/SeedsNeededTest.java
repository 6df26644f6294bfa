package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SeedsNeededTest {

    private static void check(SeedsNeeded s, JsonNode c) {
        assertThat(s.reachable()).as(c.toString()).isEqualTo(c.get("reachable").asBoolean());
        assertThat(s.seeds()).as(c.toString()).isEqualTo(c.get("seeds").asInt());
        assertThat(Fixtures.close(s.power(), c.get("power").asDouble(), 1e-8, 1e-2)).as(c + " power " + s.power())
                .isTrue();
    }

    @Test
    void oneSidedMatchesTheSmallestNFromScipyNct() {
        for (JsonNode c : Fixtures.get("power").get("one_sided").get("cases")) {
            check(SeedsNeeded.oneSided(c.get("effect").asDouble(), c.get("sd").asDouble(),
                    c.get("alpha").asDouble()), c);
        }
    }

    @Test
    void equivalenceMatchesTheSmallestNFromScipyNctAndIsALowerBoundOfTheExactPower() {
        for (JsonNode c : Fixtures.get("power").get("equivalence").get("cases")) {
            SeedsNeeded s = SeedsNeeded.equivalence(c.get("mean").asDouble(), c.get("sd").asDouble(),
                    c.get("margin").asDouble(), c.get("alpha").asDouble());
            check(s, c);
            if (s.reachable()) {
                assertThat(s.power()).isLessThanOrEqualTo(c.get("exact_power").asDouble() + 1e-9);
            }
        }
    }

    @Test
    void noSpreadDecidesAtTwoSeedsOrNever() {
        assertThat(SeedsNeeded.oneSided(0.3, 0, 0.05)).isEqualTo(new SeedsNeeded(2, 1, true));
        assertThat(SeedsNeeded.oneSided(-0.3, 0, 0.05).reachable()).isFalse();
        assertThat(SeedsNeeded.equivalence(0.3, 0, 0.5, 0.05)).isEqualTo(new SeedsNeeded(2, 1, true));
        assertThat(SeedsNeeded.oneSided(0.05, 1, 0.05)).hasToString("not reachable within 1000 seeds");
        assertThat(SeedsNeeded.oneSided(1, 0.3, 0.05)).hasToString("3 seeds (power 0.96)");
        // a spread far below the effect: the noncentrality is capped, the power still 1
        assertThat(SeedsNeeded.oneSided(1, 1e-9, 0.05)).isEqualTo(new SeedsNeeded(2, 1, true));
    }

    @Test
    void badInputIsAnError() {
        assertThatThrownBy(() -> SeedsNeeded.oneSided(0.3, Double.NaN, 0.05)).hasMessageContaining("s.d. NaN");
        assertThatThrownBy(() -> SeedsNeeded.oneSided(0.3, 1, 0.5)).hasMessageContaining("alpha 0.5");
        assertThatThrownBy(() -> SeedsNeeded.equivalence(0.3, 1, -1, 0.05)).hasMessageContaining("margin");
    }
}
