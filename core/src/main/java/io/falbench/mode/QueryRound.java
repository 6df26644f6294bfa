package io.falbench.mode;

import io.falbench.fl.Client;
import io.falbench.model.Network;
import io.falbench.strategy.QueryStrategy;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One AL round's query step: the clients, the federated (global) model, the strategy, each client's quota,
 * and a random stream per client (client k uses {@code randomFor(k)}).
 */
public record QueryRound(List<Client> clients, Network globalModel, QueryStrategy strategy, int[] quotas,
                         long seed) {

    public SplittableRandom randomFor(int client) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (client + 1)));
    }
}
