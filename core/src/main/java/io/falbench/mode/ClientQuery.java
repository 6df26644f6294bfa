package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.strategy.QueryInput;
import java.util.SplittableRandom;

/** One client's query with one model: predict what the strategy needs, let it choose, map back to samples. */
final class ClientQuery {

    private ClientQuery() {
    }

    static int[] select(QueryContext context, Client client, Weights queryModel, int quota, SplittableRandom random) {
        int[] candidates = client.pool().unlabelled();
        if (quota == 0) {
            return new int[0];
        }
        QueryInput input = QueryInput.unscored(candidates);
        if (context.strategy().needsPredictions()) {
            context.network().setWeights(queryModel);
            Predictions predictions = client.predict(context.network(), candidates);
            int[] labelled = client.pool().labelled();
            Predictions labelledPredictions = context.strategy().needsLabelled()
                    ? client.predict(context.network(), labelled) : null;
            input = new QueryInput(candidates, predictions, labelled, labelledPredictions, client.labelledLabels());
        }
        int[] positions = context.strategy().select(input, quota, random);
        int[] chosen = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            chosen[i] = candidates[positions[i]];
        }
        return chosen;
    }
}
