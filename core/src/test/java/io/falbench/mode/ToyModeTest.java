package io.falbench.mode;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.Federation;
import io.falbench.fl.client.Client;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.partition.Partition;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * docs/extending.md, "A FAL mode": the toy mode with a query rule of its own and its registration line, run on a
 * federation of three clients.
 */
class ToyModeTest {

    /** Toy: each client labels its quota of its lowest unlabelled sample ids (no model, no strategy). */
    record LowestIdsFirst() implements FalMode {

        @Override
        public int[][] query(QueryContext context) {
            List<Client> clients = context.federation().clients();
            int[][] picks = new int[clients.size()][];
            for (Client client : clients) {
                picks[client.id()] = IntStream.of(client.pool().unlabelled()).sorted()
                        .limit(context.quotas()[client.id()]).toArray();
            }
            return picks;
        }
    }

    /** The registration line, as it would stand in {@link ModeRegistry#REGISTRY}. */
    static final Entry<ModeRegistry.Factory> ENTRY = Entry.<ModeRegistry.Factory>of("lowest-ids",
            "each client labels its lowest sample ids (a toy)", (k, o) -> new LowestIdsFirst())
            .needs(Need.OWN_QUERY_RULE);

    @Test
    void theToyModeLabelsEachClientsLowestUnlabelledIdsUpToItsQuota() {
        Registry<ModeRegistry.Factory> registry = new Registry<>("mode", ENTRY);
        ImageSet train = new ImageSet(new float[12], IntStream.range(0, 12).map(i -> i % 3).toArray(), 1, 1, 1);
        Federation federation = Federation.of(train, new Partition(new int[][] {{0, 3, 6, 9}, {1, 4, 7, 10},
                {2, 5, 8, 11}}), 3);
        federation.clients().get(0).acquire(new int[] {0, 6}, federation.oracle());
        QueryContext context = new QueryContext(federation, null, null, List.of(), null, List.of(),
                new int[] {2, 1, 0}, 0, 7, 7, null, null, new QueryDiagnostics(3), null);
        FalMode mode = registry.factory("lowest-ids").create(null, Options.DEFAULTS);
        assertThat(mode.query(context)).isDeepEqualTo(new int[][] {{3, 9}, {1}, {}});
        assertThat(registry.get("lowest-ids").needs()).containsExactly(Need.OWN_QUERY_RULE);
    }
}
