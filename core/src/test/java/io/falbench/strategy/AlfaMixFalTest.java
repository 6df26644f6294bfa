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
import io.falbench.registry.Entry;
import io.falbench.settings.Options;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** alfa-mix under F-AL: the query step gives it the query model's head, as its entry declares. */
class AlfaMixFalTest {

    private static final int QUOTA = 4;

    @Test
    void eachClientPicksWhatAlfaMixPicksFromItsPredictionsLabelledSetAndTheQueryModelsHead() {
        Kernels kernels = KernelsRegistry.create("java");
        Entry<StrategyRegistry.Factory> entry = StrategyRegistry.REGISTRY.get("alfa-mix");
        QueryStrategy strategy = entry.factory().create(kernels, Options.DEFAULTS);
        Federation federation = federation();
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            QueryContext context = new QueryContext(federation, network, network.weights(), List.of(), strategy,
                    entry.needs(), new int[] {QUOTA, QUOTA, QUOTA}, 0, 7, 7, null, new Channel(),
                    new QueryDiagnostics(3), ClientWorkers.sequential());
            int[][] picks = ModeRegistry.create("f-al", null, Options.DEFAULTS).query(context);
            for (Client client : federation.clients()) {
                int[] pool = client.pool().unlabelled();
                int[] labelled = client.pool().labelled();
                QueryInput input = new QueryInput(pool, client.predict(network, pool), labelled,
                        client.predict(network, labelled), client.labelledLabels(),
                        network.head(network.weights()));
                int[] expected = IntStream.of(strategy.select(input, QUOTA, context.randomFor(client.id())))
                        .map(i -> pool[i]).toArray();
                assertThat(picks[client.id()]).as("client %d", client.id()).containsExactly(expected)
                        .doesNotHaveDuplicates().doesNotContain(labelled);
            }
        }
    }

    /** Three clients of 16 random images each, labels i mod 10, 3 labelled per client. */
    private static Federation federation() {
        Federation federation = ToyFederation.of(RandomImages.of(8, 48, i -> i % 10), 16, 16, 16);
        ToyFederation.labelFirst(federation, 3);
        return federation;
    }
}
