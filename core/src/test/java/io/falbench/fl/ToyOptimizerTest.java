package io.falbench.fl;

import static org.assertj.core.api.Assertions.assertThat;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ClientObjective;
import io.falbench.fl.client.LocalJob;
import io.falbench.fl.message.GlobalModel;
import io.falbench.fl.message.ModelUpdate;
import io.falbench.fl.server.FedAvg;
import io.falbench.fl.server.Server;
import io.falbench.model.Architecture;
import io.falbench.model.DriftCorrection;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** docs/extending.md, "A federated optimiser": the toy optimiser and its registration line, over three clients. */
class ToyOptimizerTest {

    /** Toy: FedAvg in which every client weighs the same, whatever its labelled count. */
    record EqualWeights() implements FederatedOptimizer {

        @Override
        public Rounds<?, ?> begin(Server server, int numClients, Network network, FederationSettings settings) {
            return new Rounds<GlobalModel, ModelUpdate>() {
                @Override
                public GlobalModel configure(int client) {
                    return new GlobalModel(server.globalWeights());
                }

                @Override
                public ModelUpdate work(Client client, GlobalModel model, LocalJob job, Network worker) {
                    client.train(worker, model.weights(), job, DriftCorrection.NONE);
                    return new ModelUpdate(client.lastUpdate().orElseThrow(), 1);
                }

                @Override
                public void aggregate(Map<Integer, ModelUpdate> replies) {
                    server.aggregate(List.copyOf(replies.values()));
                }
            };
        }
    }

    /** The registration line, as it would stand in {@link FederatedOptimizers#REGISTRY}. */
    static final Entry<FederatedOptimizers.Factory> ENTRY = Entry.<FederatedOptimizers.Factory>of("equal-weights",
            "FedAvg, every client weighing the same (a toy)", o -> new EqualWeights());

    @Test
    void theToysGlobalModelIsTheUnweightedMeanOfTheClientsUpdates() {
        Registry<FederatedOptimizers.Factory> registry = new Registry<>("federated optimiser", ENTRY);
        Federation federation = FedProxTest.federation(2, 4, 6);
        FederationSettings settings = new FederationSettings(1, new TrainingSettings(1, 2, 0.05f, 0.9f, 0f, false),
                DecaySchedule.parse("75%"), 0.1f, Participation.FULL)
                .with(registry.factory("equal-weights").create(Options.DEFAULTS));
        try (Network network = Network.create(Architecture.MLP, 1, 28, 28, 10, 1)) {
            Channel channel = new Channel();
            FederatedTraining.run(network, new Server(network.weights()), federation.clients(), settings,
                    ClientObjective.CROSS_ENTROPY, new SplittableRandom(2), new SplittableRandom(3), channel);
            List<Weights> trained = federation.clients().stream().map(c -> c.lastUpdate().orElseThrow()).toList();
            Weights equal = FedAvg.aggregate(trained.stream().map(w -> new ModelUpdate(w, 1)).toList());
            Weights bySize = FedAvg.aggregate(List.of(new ModelUpdate(trained.get(0), 2),
                    new ModelUpdate(trained.get(1), 4), new ModelUpdate(trained.get(2), 6)));
            assertThat(network.weights().values().get(0)).isEqualTo(equal.values().get(0))
                    .isNotEqualTo(bySize.values().get(0));
            long model = equal.bytes();
            assertThat(channel.bytesDown()).isEqualTo(3 * model);
            assertThat(channel.bytesUp()).isEqualTo(3 * (model + Integer.BYTES));
        }
    }
}
