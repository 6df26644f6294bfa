package io.falbench.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void aSmallFamilyByHand() {
        // sorted 0.005 x4 = 0.02, 0.01 x3 = 0.03, 0.03 x2 = 0.06, 0.04 x1 = 0.04 -> raised to 0.06
        assertThat(Holm.adjust(0.01, 0.04, 0.03, 0.005)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02},
                within(1e-15));
        assertThat(Holm.rejects(0.05, 0.01, 0.04, 0.03, 0.005)).containsExactly(true, false, false, true);
        assertThat(Holm.adjust(0.3, 0.6)).containsExactly(0.6, 0.6);
        assertThat(Holm.adjust()).isEmpty();
    }

    @Test
    void everyFixtureFamilyMatches() {
        for (JsonNode c : Fixtures.get("holm")) {
            assertThat(Holm.adjust(Fixtures.doubles(c.get("p"))))
                    .containsExactly(Fixtures.doubles(c.get("adjusted")), within(1e-15));
        }
    }

    @Test
    void aPValueOutsideZeroToOneIsAnError() {
        assertThatThrownBy(() -> Holm.adjust(0.2, Double.NaN)).hasMessageContaining("p-value 1 of the family is NaN");
        assertThatThrownBy(() -> Holm.adjust(1.5)).hasMessageContaining("[0, 1]");
    }
}
