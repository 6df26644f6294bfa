package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.runtime.NumericalFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** ClientWorkers: results in job order whatever finishes first; a failed job is thrown after the others finished. */
class ClientWorkersMapTest {

    private static final NetworkSpec SPEC = NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10);

    @Test
    void resultsComeBackInJobOrderAndEachJobHoldsItsOwnReplica() {
        Set<Network> busy = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        List<Function<Network, Integer>> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int index = i;
            jobs.add(network -> {
                if (!busy.add(network)) {
                    overlaps.incrementAndGet();
                }
                sleep((8 - index) * 5L);
                busy.remove(network);
                return index;
            });
        }
        try (ClientWorkers workers = ClientWorkers.of(3, 3, SPEC)) {
            assertThat(workers.map(null, jobs)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        }
        assertThat(overlaps).as("two jobs never share a replica at once").hasValue(0);
    }

    @Test
    void aFailedJobIsThrownOnlyAfterTheOtherJobsFinished() {
        AtomicInteger finished = new AtomicInteger();
        List<Function<Network, Integer>> jobs = new ArrayList<>();
        jobs.add(network -> {
            throw new NumericalFailure("training loss became NaN");
        });
        for (int i = 0; i < 3; i++) {
            jobs.add(network -> {
                sleep(100);
                finished.incrementAndGet();
                return 1;
            });
        }
        try (ClientWorkers workers = ClientWorkers.of(2, 2, SPEC)) {
            assertThatThrownBy(() -> workers.map(null, jobs)).isInstanceOf(NumericalFailure.class)
                    .hasMessageContaining("NaN");
            assertThat(finished).hasValue(3);
        }
    }

    @Test
    void oneWorkerRunsEveryJobOnTheCallersNetwork() {
        List<Function<Network, Network>> jobs = List.of(network -> network, network -> network);
        try (Network caller = Network.create(SPEC, 1)) {
            assertThat(ClientWorkers.of(1, 2, SPEC).map(caller, jobs)).containsExactly(caller, caller);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
