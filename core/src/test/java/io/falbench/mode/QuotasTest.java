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
    void equalFloorGivesEachClientTheRoundedDownShareAndLeavesTheRemainderAsFairFal() {
        // FairFAL on CIFAR-100-LT: 5% of round(15,907, -2) = 795, int(795 / 10) = 79 per client
        int[] pools = new int[10];
        java.util.Arrays.fill(pools, 1000);
        assertThat(Quotas.split("equal-floor", 795, pools, pools)).containsOnly(79);
        assertThat(Quotas.equalFloor(850, pools)).containsOnly(85);
        // a client without room passes its share on, as equal does; the total stays K x floor(total / K)
        assertThat(Quotas.equalFloor(17, new int[] {1, 100, 100})).containsExactly(1, 7, 7);
    }

    @Test
    void aClientWithoutRoomPassesItsShareToClientsWithRoom() {
        assertThat(Quotas.equal(30, new int[] {2, 100, 100})).containsExactly(2, 14, 14);
    }

    @Test
    void aBudgetLargerThanTheFederationsPoolIsAnError() {
        assertThatThrownBy(() -> Quotas.equal(10, new int[] {2, 3})).hasMessageContaining("exceeds");
    }

    @Test
    void clientSizeSharesRoundUpAsKafalSoTheRoundSpendsTheirSum() {
        // KAFAL: ceil(2500 / 50000 x n_k); sizes 5021, 4556, 40423 -> 251.05, 227.8, 2021.15 -> 252, 228, 2022
        assertThat(Quotas.split("client-size", 2500, new int[] {5000, 5000, 40000}, new int[] {5021, 4556, 40423}))
                .containsExactly(252, 228, 2022);
        // an exact share is not rounded up; a capped client passes its excess to clients with room
        assertThat(Quotas.clientSize(10, new int[] {50, 50}, new int[] {3, 100})).containsExactly(3, 7);
    }
}
