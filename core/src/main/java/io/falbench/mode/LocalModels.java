package io.falbench.mode;

import io.falbench.fl.ClientWorkers;
import io.falbench.fl.client.Client;
import io.falbench.model.AccuracyStop;
import io.falbench.model.EarlyStopping;
import io.falbench.model.KnowledgeDistillation;
import io.falbench.model.LocalSchedule;
import io.falbench.model.NetworkSpec;
import io.falbench.runtime.Seeds;
import io.falbench.model.LocalTrainer;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntToLongFunction;

/**
 * The client-side models modes query with besides the federated one: a model re-initialised and trained on the
 * client's labels alone (S-AL, LoGo, FairFAL: at most {@code maxEpochs}, stopping by an {@link AccuracyStop}; IFAL:
 * distilled from the federated model, stopping by an {@link EarlyStopping}), and the federated model fine-tuned on the
 * client's labels (FAL-Local, KAFAL with {@code kafal.local_model = fine-tuned}).
 */
public final class LocalModels {

    private final NetworkSpec spec;
    private final LocalSchedule schedule;
    private final boolean sharedInit;
    private final TrainingSettings settings;
    private final int maxEpochs;
    private final AccuracyStop stop;
    private final int fineTuneEpochs;

    public LocalModels(NetworkSpec spec, TrainingSettings settings, int maxEpochs, AccuracyStop stop,
                       int fineTuneEpochs, LocalSchedule schedule, boolean sharedInit) {
        this.spec = spec;
        this.schedule = schedule;
        this.sharedInit = sharedInit;
        this.settings = settings;
        this.maxEpochs = maxEpochs;
        this.stop = stop;
        this.fineTuneEpochs = fineTuneEpochs;
    }

    /** Fresh weights for a network of the protocol's architecture (the same seed, the same weights). */
    private Weights initial(long seed) {
        try (Network fresh = Network.create(spec, seed)) {
            return fresh.weights();
        }
    }

    /**
     * The local-only model each of {@code clients} queries with in the AL round of {@code roundSeed}, in client order:
     * every client starts from one shared initial checkpoint of the round (the reference code's {@code raw_ckpt})
     * unless {@code local.shared_init} is off, then trains on its own labels alone with its own stream, the clients at
     * once on {@code workers}. The initial weights are drawn first, on the caller's thread (making a network re-seeds
     * PyTorch's generator).
     */
    public List<Weights> localOnly(List<Client> clients, Network network, long roundSeed, ClientWorkers workers) {
        Weights shared = sharedInit ? initial(Seeds.derive(roundSeed, "local-init")) : null;
        List<Function<Network, Weights>> jobs = new ArrayList<>();
        for (Client client : clients) {
            long own = Seeds.derive(roundSeed, "local-model", client.id());
            Weights start = shared != null ? shared : initial(own);
            jobs.add(worker -> trained(client, worker, start, own));
        }
        return workers.map(network, jobs);
    }

    /**
     * IFAL's local-only model of each of {@code clients} in the AL round of {@code roundSeed}, in client order: from the
     * round's initial checkpoint as {@link #localOnly} (the reference's {@code raw_ckpt}), trained on the client's labels
     * alone towards {@link KnowledgeDistillation} from {@code global}, at {@code learningRateFactor} x the training's
     * rate, constant, for at most {@code maxEpochs} epochs, stopping as {@code stopping} says; at once on
     * {@code workers}, each job with a teacher network of its own.
     */
    public List<Weights> distilled(List<Client> clients, Network network, Weights global, long roundSeed,
                                   ClientWorkers workers, int maxEpochs, float learningRateFactor,
                                   EarlyStopping stopping) {
        Weights shared = sharedInit ? initial(Seeds.derive(roundSeed, "local-init")) : null;
        TrainingSettings distillation = settings.withEpochs(maxEpochs)
                .withLearningRate(settings.learningRate() * learningRateFactor);
        List<Function<Network, Weights>> jobs = new ArrayList<>();
        for (Client client : clients) {
            long own = Seeds.derive(roundSeed, "distilled-model", client.id());
            Weights start = shared != null ? shared : initial(own);
            jobs.add(worker -> {
                try (Network teacher = Network.create(spec, own)) {
                    teacher.setWeights(global);
                    worker.setWeights(start);
                    LocalTrainer.trainToLossPlateau(worker, client.images(), client.pool().labelled(),
                            client.labelledLabels(), distillation, new KnowledgeDistillation(teacher), stopping,
                            new SplittableRandom(own));
                    return worker.weights();
                }
            });
        }
        return workers.map(network, jobs);
    }

    /** The federated model fine-tuned on each of {@code clients}' labels (seeds from {@code roundSeed}), at once. */
    public List<Weights> fineTuned(List<Client> clients, Network network, Weights global, long roundSeed,
                                   ClientWorkers workers) {
        List<Function<Network, Weights>> jobs = new ArrayList<>();
        for (Client client : clients) {
            jobs.add(worker -> fineTuned(client, worker, global, Seeds.derive(roundSeed, "fine-tune", client.id())));
        }
        return workers.map(network, jobs);
    }

    /**
     * For each of {@code clients}, a model re-initialised from {@code seedOf} its id and trained on its labels alone
     * (the client-alone bound), at once on {@code workers}, in client order.
     */
    public List<Weights> fromScratch(List<Client> clients, Network network, IntToLongFunction seedOf,
                                     ClientWorkers workers) {
        List<Function<Network, Weights>> jobs = new ArrayList<>();
        for (Client client : clients) {
            long seed = seedOf.applyAsLong(client.id());
            Weights start = initial(seed);
            jobs.add(worker -> trained(client, worker, start, seed));
        }
        return workers.map(network, jobs);
    }

    private Weights trained(Client client, Network network, Weights start, long seed) {
        network.setWeights(start);
        LocalTrainer.trainToAccuracy(network, client.images(), client.pool().labelled(), client.labelledLabels(),
                settings.withEpochs(maxEpochs), schedule, stop, new SplittableRandom(seed));
        return network.weights();
    }

    /** The federated model fine-tuned on the client's labels. */
    private Weights fineTuned(Client client, Network network, Weights global, long seed) {
        network.setWeights(global);
        LocalTrainer.train(network, client.images(), client.pool().labelled(), client.labelledLabels(),
                settings.withEpochs(fineTuneEpochs), new SplittableRandom(seed));
        return network.weights();
    }
}
