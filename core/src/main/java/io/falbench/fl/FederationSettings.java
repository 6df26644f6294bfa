package io.falbench.fl;

import io.falbench.model.LocalSchedule;
import io.falbench.model.TrainingSettings;
import java.util.Objects;

/**
 * The federated training of one AL round: communication rounds, local training, and a step decay of the learning rate
 * (FairFAL: 100 rounds, 5 local epochs, lr x0.1 for rounds r > int(0.75 x 100), i.e. 76..99). Optionally each client's
 * rate also steps down from its {@code clientDecayEpoch}-th local epoch of the AL round (1-based, counting only the
 * rounds it took part in; KAFAL, Cao et al. ICCV 2023: a MultiStepLR per client, milestone 260, stepped before each
 * epoch); 0 = off. With {@code keepClientMomentum} (KAFAL: one optimiser per client per cycle) a client's SGD momentum
 * carries over between the rounds it takes part in; otherwise every client update starts a fresh optimiser (FairFAL,
 * LoGo). The federated {@code optimizer} (FedAvg, FedProx, SCAFFOLD) runs each round's exchange.
 */
public record FederationSettings(int rounds, TrainingSettings local, DecaySchedule learningRateDecay,
                                 float learningRateDecayFactor, Participation participation, int clientDecayEpoch,
                                 boolean keepClientMomentum, FederatedOptimizer optimizer) {

    public FederationSettings {
        if (rounds < 1) {
            throw new IllegalArgumentException("FedAvg needs at least one communication round, got " + rounds);
        }
        Objects.requireNonNull(optimizer, "a federated optimiser");
        if (clientDecayEpoch < 0) {
            throw new IllegalArgumentException("a client decay epoch cannot be negative, got " + clientDecayEpoch);
        }
    }

    /** FedAvg, fresh client optimisers, no per-client decay. */
    public FederationSettings(int rounds, TrainingSettings local, DecaySchedule learningRateDecay,
                              float learningRateDecayFactor, Participation participation) {
        this(rounds, local, learningRateDecay, learningRateDecayFactor, participation, 0, false,
                FederatedOptimizers.FEDAVG);
    }

    /** These settings under another federated optimiser. */
    public FederationSettings with(FederatedOptimizer other) {
        return new FederationSettings(rounds, local, learningRateDecay, learningRateDecayFactor, participation,
                clientDecayEpoch, keepClientMomentum, other);
    }

    public TrainingSettings localAt(int round) {
        return learningRateDecay.decays(round, rounds)
                ? local.withLearningRate(local.learningRate() * learningRateDecayFactor) : local;
    }

    /** A client's settings at {@code round} when it has trained {@code epochsBefore} local epochs this AL round. */
    public TrainingSettings localAt(int round, int epochsBefore) {
        TrainingSettings settings = localAt(round);
        return clientDecayEpoch > 0 && epochsBefore >= clientDecayEpoch - 1
                ? settings.withLearningRate(settings.learningRate() * learningRateDecayFactor) : settings;
    }

    /** The step within this local training at which the client's rate steps down, if it falls inside it. */
    public LocalSchedule clientScheduleAt(int epochsBefore) {
        int epoch = clientDecayEpoch - 1 - epochsBefore;
        return clientDecayEpoch > 0 && epoch > 0 && epoch < local.epochs()
                ? new LocalSchedule(epoch, learningRateDecayFactor, false) : LocalSchedule.CONSTANT;
    }
}
