package io.falbench.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuotasTest {

    @Test
    void theBudgetIsSplitEquallyWithTheRemainderToTheLowestIds() {
        assertThat(Quotas.equal(17, new int[] {100, 100, 100, 100, 100})).containsExactly(4, 4, 3, 3, 3);
    }

    @Test
    void aClientWithoutRoomPassesItsShareToClientsWithRoom() {
        assertThat(Quotas.equal(30, new int[] {2, 100, 100})).containsExactly(2, 14, 14);
    }

    @Test
    void aBudgetLargerThanTheFederationsPoolIsAnError() {
        assertThatThrownBy(() -> Quotas.equal(10, new int[] {2, 3})).hasMessageContaining("exceeds");
    }
}
