package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fl.Channel;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.Federation;
import io.falbench.fl.client.Client;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.QueryContext;
import io.falbench.mode.QueryDiagnostics;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.registry.Entry;
import io.falbench.runtime.Seeds;
import io.falbench.settings.Options;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** bald under F-AL and FAL-Global: the query step runs the strategy's dropout passes with the query model. */
class BaldFalTest {

    private static final int QUOTA = 4;
    private static final Kernels JAVA = KernelsRegistry.create("java");
    private static final NetworkSpec SPEC = NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10).withDropout(0.5);

    @Test
    void eachClientPicksWhatBaldPicksFromTheQueryModelsDropoutPasses() {
        Entry<StrategyRegistry.Factory> entry = StrategyRegistry.REGISTRY.get("bald");
        QueryStrategy strategy = entry.factory().create(JAVA, Options.DEFAULTS);
        Federation federation = federation();
        try (Network network = Network.create(SPEC, 1)) {
            QueryContext context = context(federation, network, strategy, entry, 7);
            int[][] picks = ModeRegistry.create("f-al", null, Options.DEFAULTS).query(context);
            for (Client client : federation.clients()) {
                int[] pool = client.pool().unlabelled();
                QueryInput input = QueryInput.unscored(pool).withDropout(client.predictWithDropout(network, pool, 10,
                        Seeds.derive(7, "dropout", client.id())));
                int[] expected = IntStream.of(strategy.select(input, QUOTA, context.randomFor(client.id())))
                        .map(i -> pool[i]).toArray();
                assertThat(picks[client.id()]).as("client %d", client.id()).containsExactly(expected)
                        .hasSize(QUOTA).doesNotHaveDuplicates().doesNotContain(client.pool().labelled());
            }
            assertThat(ModeRegistry.create("f-al", null, Options.DEFAULTS).query(context(federation, network,
                    strategy, entry, 7))).isDeepEqualTo(picks);
        }
    }

    @Test
    void underFalGlobalEveryClientLabelsItsQuotaOfDistinctUnlabelledCandidates() {
        Entry<StrategyRegistry.Factory> entry = StrategyRegistry.REGISTRY.get("bald");
        QueryStrategy strategy = entry.factory().create(JAVA, Options.DEFAULTS);
        Federation federation = federation();
        try (Network network = Network.create(SPEC, 1)) {
            int[][] picks = ModeRegistry.create("fal-global", JAVA, Options.DEFAULTS)
                    .query(context(federation, network, strategy, entry, 3));
            for (Client client : federation.clients()) {
                assertThat(picks[client.id()]).as("client %d", client.id()).hasSize(QUOTA).doesNotHaveDuplicates()
                        .doesNotContain(client.pool().labelled());
                assertThat(IntStream.of(picks[client.id()]).allMatch(s -> client.pool().contains(s))).isTrue();
            }
            assertThat(ModeRegistry.create("fal-global", JAVA, Options.DEFAULTS)
                    .query(context(federation, network, strategy, entry, 3))).isDeepEqualTo(picks);
        }
    }

    private static QueryContext context(Federation federation, Network network, QueryStrategy strategy,
                                        Entry<StrategyRegistry.Factory> entry, long seed) {
        return new QueryContext(federation, network, network.weights(), List.of(), strategy, entry.needs(),
                new int[] {QUOTA, QUOTA, QUOTA}, 0, seed, seed, null, new Channel(), new QueryDiagnostics(3),
                ClientWorkers.sequential());
    }

    /** Three clients of 16 random images each, labels i mod 10, 3 labelled per client. */
    private static Federation federation() {
        Federation federation = ToyFederation.of(RandomImages.of(8, 48, i -> i % 10), 16, 16, 16);
        ToyFederation.labelFirst(federation, 3);
        return federation;
    }
}
