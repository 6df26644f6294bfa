package io.falbench.mode.chase;

import ai.djl.ndarray.NDArray;
import ai.djl.training.Trainer;
import io.falbench.fl.client.Client;
import io.falbench.model.Augmentation;
import io.falbench.model.BoundaryCalibration;
import io.falbench.model.LocalObjective;
import io.falbench.model.Network;
import io.falbench.model.TrainingSettings;
import io.falbench.model.Weights;
import java.util.SplittableRandom;

/**
 * One CHASe client's local training (Zhang et al., TKDE 2025, arXiv 2504.17448): it draws the training's candidates
 * ({@link ChaseClient#drawCandidates}), minimises {@link BoundaryCalibration} against its previous local model (the one
 * it trained last: this federated training's previous communication round, or the previous AL round's last), and
 * after every epoch predicts the candidates' classes for their {@link EpistemicVariation}.
 */
final class ChaseObjective implements LocalObjective {

    private final Client client;
    private final ChaseClient state;
    private final ChaseQuery settings;
    private BoundaryCalibration loss;
    private EpistemicVariation variation;
    private int[] candidates;

    ChaseObjective(Client client, ChaseClient state, ChaseQuery settings) {
        this.client = client;
        this.state = state;
        this.settings = settings;
    }

    @Override
    public void begin(Network network, TrainingSettings training, int labelled, SplittableRandom random) {
        Weights previous = client.lastUpdate().orElse(state.previous());
        candidates = state.drawCandidates(client, previous == null, settings.subset(), random);
        loss = new BoundaryCalibration(client.images(), candidates, settings.alignWith(state, candidates), previous,
                (float) settings.alignmentWeight(), (float) settings.temperature());
        loss.begin(network, training, labelled, random);
        variation = state.watch(candidates);
    }

    @Override
    public NDArray loss(Trainer trainer, NDArray input, NDArray logits, NDArray labels, int step) {
        return loss.loss(trainer, input, logits, labels, step);
    }

    @Override
    public void epochEnd(Network network, int epoch) {
        variation.record(network.predictedClasses(client.images(), candidates, Augmentation.NONE, null));
    }
}
