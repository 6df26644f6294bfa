package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fl.Channel;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.Federation;
import io.falbench.fl.client.Client;
import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.QueryContext;
import io.falbench.mode.QueryDiagnostics;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.NetworkSpec;
import io.falbench.model.Predictions;
import io.falbench.registry.Entry;
import io.falbench.settings.Options;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** embeddings.file under F-AL: each client's typiclust and probcover read its own rows of the file, not the network's. */
class EmbeddingsFileFalTest {

    private static final int QUOTA = 4;
    private static final int SAMPLES = 48;
    private static final Kernels JAVA = KernelsRegistry.create("java");
    private static final NetworkSpec SPEC = NetworkSpec.plain(Architecture.MLP, 1, 28, 28, 10);

    @Test
    void onlyTypiclustAndProbcoverReadTheFile() {
        assertThat(StrategyRegistry.names().stream().filter(EmbeddingsFile::readBy))
                .containsExactly("typiclust", "probcover");
    }

    @Test
    void theNetworksOwnEmbeddingsAsAFileSelectWhatTheNetworkSelects() {
        for (String name : List.of("typiclust", "probcover")) {
            try (Network network = Network.create(SPEC, 1)) {
                float[] own = null;
                int dim = 0;
                for (Client client : federation(null).clients()) {
                    for (int[] samples : List.of(client.pool().unlabelled(), client.pool().labelled())) {
                        Predictions p = client.predict(network, samples);
                        dim = p.embeddingDimension();
                        own = own == null ? new float[SAMPLES * dim] : own;
                        for (int i = 0; i < samples.length; i++) {
                            System.arraycopy(p.embeddings(), i * dim, own, samples[i] * dim, dim);
                        }
                    }
                }
                int[][] withoutFile = query(name, federation(null), network);
                assertThat(query(name, federation(new Embeddings(SAMPLES, dim, own)), network)).as(name)
                        .isDeepEqualTo(withoutFile);
            }
        }
    }

    @Test
    void eachClientSelectsOnItsRowsOfTheFile() {
        SplittableRandom random = new SplittableRandom(5);
        float[] values = new float[SAMPLES * 6];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        Embeddings file = new Embeddings(SAMPLES, 6, values);
        for (String name : List.of("typiclust", "probcover")) {
            QueryStrategy strategy = StrategyRegistry.create(name, JAVA);
            Federation federation = federation(file);
            try (Network network = Network.create(SPEC, 1)) {
                QueryContext context = context(federation, network, strategy, name);
                int[][] picks = ModeRegistry.create("f-al", null, Options.DEFAULTS).query(context);
                for (Client client : federation.clients()) {
                    int[] pool = client.pool().unlabelled();
                    int[] labelled = client.pool().labelled();
                    QueryInput input = new QueryInput(pool, withRows(client.predict(network, pool), file, pool),
                            labelled, withRows(client.predict(network, labelled), file, labelled),
                            client.labelledLabels());
                    int[] expected = IntStream.of(strategy.select(input, QUOTA, context.randomFor(client.id())))
                            .map(i -> pool[i]).toArray();
                    assertThat(picks[client.id()]).as("%s, client %d", name, client.id()).containsExactly(expected);
                }
                assertThat(picks).as(name).isNotEqualTo(query(name, federation(null), network));
            }
        }
    }

    private static Predictions withRows(Predictions predictions, Embeddings file, int[] samples) {
        Embeddings rows = Geometry.rows(file, samples);
        return new Predictions(predictions.probabilities(), rows.values(), samples.length, predictions.numClasses(),
                rows.dim());
    }

    private static int[][] query(String name, Federation federation, Network network) {
        return ModeRegistry.create("f-al", null, Options.DEFAULTS).query(context(federation, network,
                StrategyRegistry.create(name, JAVA), name));
    }

    private static QueryContext context(Federation federation, Network network, QueryStrategy strategy,
                                        String name) {
        Entry<StrategyRegistry.Factory> entry = StrategyRegistry.REGISTRY.get(name);
        return new QueryContext(federation, network, network.weights(), List.of(), strategy, entry.needs(),
                new int[] {QUOTA, QUOTA, QUOTA}, 0, 7, 7, null, new Channel(), new QueryDiagnostics(3),
                ClientWorkers.sequential());
    }

    /** Three clients of 16 random images each, labels i mod 10, 3 labelled per client, holding {@code file}'s rows. */
    private static Federation federation(Embeddings file) {
        ImageSet train = RandomImages.of(8, SAMPLES, i -> i % 10);
        Federation federation = Federation.of(train, train, file, ToyFederation.blocks(16, 16, 16), 10);
        ToyFederation.labelFirst(federation, 3);
        return federation;
    }
}
