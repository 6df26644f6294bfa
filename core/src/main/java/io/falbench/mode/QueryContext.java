package io.falbench.mode;

import io.falbench.fl.Channel;
import io.falbench.fl.ClientWorkers;
import io.falbench.fl.Federation;
import io.falbench.fl.client.Client;
import io.falbench.model.Network;
import io.falbench.model.Weights;
import io.falbench.registry.Need;
import io.falbench.strategy.QueryStrategy;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything a mode may use in one AL round's query step.
 *
 * @param network      a scratch network of the protocol's architecture (its weights may be overwritten)
 * @param global       the federated model's weights after this round's training
 * @param clientModels for isolated clients, each client's own model (else empty)
 * @param strategy     the protocol's strategy of this cell (null under a mode with its own query rule)
 * @param needs        what the strategy's registry entry declares it needs: what a client computes for it
 * @param round        the AL round (0-based)
 * @param seed         the round's query stream
 * @param localSeed    the stream the clients' local models are initialised and trained from: the query stream,
 *                     or one shared by every seed under the quirk {@code torch-reseed}
 * @param workers      how many clients train their local models, or query, at once
 */
public record QueryContext(Federation federation, Network network, Weights global, List<Weights> clientModels,
                           QueryStrategy strategy, List<Need> needs, int[] quotas, int round, long seed, long localSeed,
                           LocalModels localModels, Channel channel, QueryDiagnostics diagnostics,
                           ClientWorkers workers) {

    /** The local-only model of each of {@code clients} this round ({@link LocalModels#localOnly}), in their order. */
    public List<Weights> localOnlyModels(List<Client> clients) {
        return localModels.localOnly(clients, network, localSeed, workers);
    }

    /** The federated model fine-tuned on each of {@code clients}' labels ({@link LocalModels#fineTuned}). */
    public List<Weights> fineTunedModels(List<Client> clients) {
        return localModels.fineTuned(clients, network, global, localSeed, workers);
    }

    public SplittableRandom randomFor(int client) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (client + 1)));
    }

    public int totalBudget() {
        int total = 0;
        for (int quota : quotas) {
            total += quota;
        }
        return total;
    }
}
