package io.falbench.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.fixtures.RandomImages;
import io.falbench.fixtures.ToyFederation;
import io.falbench.fl.Channel;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.Federation;
import io.falbench.fl.client.Client;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.QueryContext;
import io.falbench.mode.QueryDiagnostics;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * docs/extending.md, "A query strategy": the toy strategy and its registration line, run through an F-AL query of
 * three clients; the query step gives it what its entry declares, and only that.
 */
class ToyStrategyTest {

    /** Toy: the candidates the model is most sure of, highest max p first (least confidence upside down). */
    record MostConfident() implements QueryStrategy {

        @Override
        public int[] select(QueryInput input, int budget, SplittableRandom random) {
            return TopScores.top(candidateScores(input, random), budget);
        }

        @Override
        public double[] candidateScores(QueryInput input, SplittableRandom random) {
            Predictions p = input.predictions();
            double[] scores = new double[p.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = p.probability(i, p.predictedClass(i));
            }
            return scores;
        }
    }

    /** The registration line, as it would stand in {@link StrategyRegistry#REGISTRY}. */
    static final Entry<StrategyRegistry.Factory> ENTRY = Entry.<StrategyRegistry.Factory>of("most-confident",
            "highest max p (a toy)", (k, o) -> new MostConfident()).needs(Need.PREDICTIONS);

    private static final int QUOTA = 3;

    @Test
    void theToyPicksEachClientsMostConfidentCandidatesUnderFal() {
        Registry<StrategyRegistry.Factory> registry = new Registry<>("strategy", ENTRY);
        Federation federation = federation();
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            int[][] picks = falQuery(federation, network, registry.get("most-confident"));
            for (Client client : federation.clients()) {
                int[] pool = client.pool().unlabelled();
                Predictions p = client.predict(network, pool);
                int[] expected = IntStream.range(0, pool.length).boxed()
                        .sorted(Comparator.comparingDouble(i -> -p.probability(i, p.predictedClass(i))))
                        .limit(QUOTA).mapToInt(i -> pool[i]).toArray();
                assertThat(picks[client.id()]).as("client %d", client.id()).containsExactly(expected);
            }
        }
    }

    @Test
    void registeredWithoutItsNeedsTheToyIsGivenNoPredictions() {
        Entry<StrategyRegistry.Factory> undeclared = Entry.<StrategyRegistry.Factory>of("most-confident",
                "highest max p (a toy)", (k, o) -> new MostConfident());
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            assertThatThrownBy(() -> falQuery(federation(), network, undeclared))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    /** Every client's picks with the strategy of {@code entry}, quota {@link #QUOTA} each, the network's weights. */
    private static int[][] falQuery(Federation federation, Network network, Entry<StrategyRegistry.Factory> entry) {
        QueryStrategy strategy = entry.factory().create(KernelsRegistry.create("java"), Options.DEFAULTS);
        QueryContext context = new QueryContext(federation, network, network.weights(), List.of(), strategy,
                entry.needs(), new int[] {QUOTA, QUOTA, QUOTA}, 0, 7, 7, null, new Channel(),
                new QueryDiagnostics(3), ClientWorkers.sequential());
        return ModeRegistry.create("f-al", null, Options.DEFAULTS).query(context);
    }

    /** Three clients of 12 random images each, labels i mod 10, 2 labelled per client. */
    private static Federation federation() {
        Federation federation = ToyFederation.of(RandomImages.of(5, 36, i -> i % 10), 12, 12, 12);
        ToyFederation.labelFirst(federation, 2);
        return federation;
    }
}
