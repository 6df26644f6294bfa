package io.falbench.experiment;

import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.Federation;
import io.falbench.fl.FederationSettings;
import io.falbench.mode.FalMode;
import io.falbench.mode.LocalModels;
import io.falbench.model.NetworkSpec;
import io.falbench.model.Network;
import io.falbench.protocol.Cell;
import io.falbench.strategy.QueryStrategy;

/**
 * What a cell holds across its AL rounds once set up: the mode and strategy, the (possibly corrupted) training set
 * spread over the federation, the networks' recipe, the current scratch network and the client workers. Closing it
 * frees the networks.
 */
final class CellState implements AutoCloseable {

    final Cell cell;
    final long root;
    /** Where network weights, training order and flips are drawn from: {@code root}, or seed 0's under the quirk
     * {@code torch-reseed}. */
    final long torchRoot;
    final FalMode mode;
    final QueryStrategy strategy;
    final ImageSet train;
    final Federation federation;
    final int corruptedClients;
    final NetworkSpec spec;
    final LocalModels localModels;
    final FederationSettings schedule;
    final int queryBudget;
    final ClientWorkers workers;
    Network network;

    CellState(Cell cell, long root, long torchRoot, FalMode mode, QueryStrategy strategy, ImageSet train, Federation federation,
              int corruptedClients, NetworkSpec spec, LocalModels localModels, FederationSettings schedule,
              int queryBudget, ClientWorkers workers) {
        this.cell = cell;
        this.root = root;
        this.torchRoot = torchRoot;
        this.mode = mode;
        this.strategy = strategy;
        this.train = train;
        this.federation = federation;
        this.corruptedClients = corruptedClients;
        this.spec = spec;
        this.localModels = localModels;
        this.schedule = schedule;
        this.queryBudget = queryBudget;
        this.workers = workers;
    }

    int numClients() {
        return federation.clients().size();
    }

    /** Frees the scratch network (a fresh one is made for the next AL round). */
    void closeNetwork() {
        if (network != null) {
            network.close();
            network = null;
        }
    }

    @Override
    public void close() {
        closeNetwork();
        workers.close();
    }
}
