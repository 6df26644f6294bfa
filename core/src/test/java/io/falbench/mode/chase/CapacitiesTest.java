package io.falbench.mode.chase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * CHASe's ReCo capacities (junzhang-zj/CHASe main.py lines 73-100, options.py RCS): 2 passive, 6 ordinary and 2
 * active clients of 10, labelling 5, 7 and 10 samples every 5, 3 and 1 rounds from round 0, capped by the pool.
 */
class CapacitiesTest {

    @Test
    void aFifthArePassiveThreeFifthsOrdinaryTheRestActiveDrawnOncePerSeed() {
        Capacities capacities = Capacities.draw(10, new SplittableRandom(3));
        int[] kinds = IntStream.range(0, 10).map(capacities::kind).toArray();
        assertThat(IntStream.of(kinds).filter(k -> k == 0).count()).isEqualTo(2);
        assertThat(IntStream.of(kinds).filter(k -> k == 1).count()).isEqualTo(6);
        assertThat(IntStream.of(kinds).filter(k -> k == 2).count()).isEqualTo(2);
        assertThat(IntStream.range(0, 10).map(Capacities.draw(10, new SplittableRandom(3))::kind).toArray())
                .containsExactly(kinds);
        assertThat(Capacities.draw(3, new SplittableRandom(1)).clients()).isEqualTo(3);
    }

    @Test
    void eachKindLabelsItsNumberOnTheRoundsItsCycleDividesCappedByItsPool() {
        Capacities capacities = new Capacities(new int[] {0, 1, 2, 2});
        int[] pools = {100, 100, 100, 4};
        assertThat(capacities.quotas(0, pools)).containsExactly(5, 7, 10, 4);
        assertThat(capacities.quotas(1, pools)).containsExactly(0, 0, 10, 4);
        assertThat(capacities.quotas(3, pools)).containsExactly(0, 7, 10, 4);
        assertThat(capacities.quotas(5, pools)).containsExactly(5, 0, 10, 4);
        assertThat(capacities.quotas(15, pools)).containsExactly(5, 7, 10, 4);
        int[] total = new int[4];
        for (int round = 0; round < 200; round++) {
            int[] quotas = capacities.quotas(round, new int[] {10_000, 10_000, 10_000, 10_000});
            Arrays.setAll(total, k -> total[k] + quotas[k]);
        }
        // the reference's 200 rounds: 40 x 5, 67 x 7, 200 x 10
        assertThat(total).containsExactly(200, 469, 2000, 2000);
    }
}
