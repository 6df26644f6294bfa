package io.falbench.fl;

import io.falbench.fl.client.Client;
import io.falbench.fl.client.ControlVariate;
import io.falbench.fl.client.LocalJob;
import io.falbench.fl.message.ScaffoldModel;
import io.falbench.fl.message.ScaffoldUpdate;
import io.falbench.fl.server.Server;
import io.falbench.fl.server.ServerControl;
import io.falbench.model.DriftCorrection;
import io.falbench.model.LocalRun;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import java.util.Map;

/** One federated training under {@link Scaffold}: the server's control variate and the exchange of each round. */
final class ScaffoldRounds implements FederatedOptimizer.Rounds<ScaffoldModel, ScaffoldUpdate> {

    private final Scaffold rule;
    private final Server server;
    private final ServerControl control;
    private final int numClients;
    private final float baseLearningRate;

    ScaffoldRounds(Scaffold rule, Server server, ServerControl control, int numClients, float baseLearningRate) {
        this.rule = rule;
        this.server = server;
        this.control = control;
        this.numClients = numClients;
        this.baseLearningRate = baseLearningRate;
    }

    @Override
    public ScaffoldModel configure(int client) {
        return new ScaffoldModel(server.globalWeights(), control.value());
    }

    @Override
    public ScaffoldUpdate work(Client client, ScaffoldModel model, LocalJob job, Network network) {
        ControlVariate own = client.controlVariate();
        LocalRun run = client.train(network, model.weights(), job,
                DriftCorrection.control(own.correction(model.control())));
        double stepSize = rule.baseRateSteps() ? run.steps() * (double) baseLearningRate : run.learningRateSum();
        Weights trained = client.lastUpdate().orElseThrow();
        Weights change = own.update(model.control(), model.weights(), trained, stepSize);
        return new ScaffoldUpdate(trained, client.pool().labelledCount(), change);
    }

    @Override
    public void aggregate(Map<Integer, ScaffoldUpdate> replies) {
        server.aggregate(replies.values().stream().map(ScaffoldUpdate::modelUpdate).toList(),
                rule.serverLearningRate());
        control.add(replies.values().stream().map(ScaffoldUpdate::controlChange).toList(),
                rule.participantMean() ? replies.size() : numClients);
    }
}
