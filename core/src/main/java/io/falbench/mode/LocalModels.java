package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.AccuracyStop;
import io.falbench.model.LocalSchedule;
import io.falbench.model.NetworkSpec;
import io.falbench.runtime.Seeds;
import io.falbench.model.LocalTrainer;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.SplittableRandom;

/**
 * The client-side models modes query with besides the federated one: a model re-initialised and trained on the
 * client's labels alone (S-AL, LoGo, FairFAL: at most {@code maxEpochs}, stopping by an {@link AccuracyStop}), and the
 * federated model fine-tuned on the client's labels (FAL-Local, KAFAL with {@code kafal.local_model = fine-tuned}).
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
    public Weights initial(long seed) {
        try (Network fresh = Network.create(spec, seed)) {
            return fresh.weights();
        }
    }

    /** A model re-initialised from {@code seed} and trained on the client's labels alone. */
    public Weights fromScratch(Client client, Network network, long seed) {
        return trained(client, network, initial(seed), seed);
    }

    /**
     * The local-only model a mode queries with in the AL round of {@code roundSeed}: every client starts from one
     * shared initial checkpoint of the round (the reference code's {@code raw_ckpt}) unless {@code local.shared_init}
     * is off, then trains on its own labels alone with its own stream.
     */
    public Weights localOnly(Client client, Network network, long roundSeed) {
        long own = Seeds.derive(roundSeed, "local-model", client.id());
        return trained(client, network, initial(sharedInit ? Seeds.derive(roundSeed, "local-init") : own), own);
    }

    private Weights trained(Client client, Network network, Weights start, long seed) {
        network.setWeights(start);
        LocalTrainer.trainToAccuracy(network, client.images(), client.pool().labelled(), client.labelledLabels(),
                settings.withEpochs(maxEpochs), schedule, stop, new SplittableRandom(seed));
        return network.weights();
    }

    /** The federated model fine-tuned on the client's labels. */
    public Weights fineTuned(Client client, Network network, Weights global, long seed) {
        network.setWeights(global);
        LocalTrainer.train(network, client.images(), client.pool().labelled(), client.labelledLabels(),
                settings.withEpochs(fineTuneEpochs), new SplittableRandom(seed));
        return network.weights();
    }
}
