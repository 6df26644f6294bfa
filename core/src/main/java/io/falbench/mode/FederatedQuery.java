package io.falbench.mode;

import io.falbench.fl.Client;
import io.falbench.model.Predictions;
import io.falbench.strategy.QueryInput;

/**
 * F-AL (Ahn et al. 2022, "client-level separated AL" study): each client queries its own quota from its
 * unlabelled pool with the federated model.
 */
public record FederatedQuery() implements FalMode {

    @Override
    public String name() {
        return "f-al";
    }

    @Override
    public int[][] query(QueryRound round) {
        int[][] chosen = new int[round.clients().size()][];
        for (int k = 0; k < chosen.length; k++) {
            Client client = round.clients().get(k);
            int[] candidates = client.pool().unlabelled();
            Predictions predictions = round.strategy().needsPredictions() && round.quotas()[k] > 0
                    ? client.predict(round.globalModel(), candidates) : null;
            int[] positions = round.strategy().select(new QueryInput(candidates, predictions), round.quotas()[k],
                    round.randomFor(k));
            chosen[k] = new int[positions.length];
            for (int i = 0; i < positions.length; i++) {
                chosen[k][i] = candidates[positions[i]];
            }
        }
        return chosen;
    }
}
