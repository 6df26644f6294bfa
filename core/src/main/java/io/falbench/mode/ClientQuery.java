package io.falbench.mode;

import io.falbench.fl.client.Client;
import io.falbench.model.DropoutPredictions;
import io.falbench.model.Network;
import io.falbench.model.Predictions;
import io.falbench.model.Weights;
import io.falbench.registry.Need;
import io.falbench.runtime.Seeds;
import io.falbench.strategy.QueryInput;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One client's query with one model: predict (and copy the head) as the strategy's entry declares it needs, let it
 * choose, map back to samples. Clients query independently (each from its own model, pool and stream
 * {@link QueryContext#randomFor}), so {@link #selectEach} runs them on the client workers, as training does, and
 * returns the choices in client order.
 */
final class ClientQuery {

    private ClientQuery() {
    }

    /** Every client's choice, client k querying with {@code modelOf.apply(k)} and its quota. */
    static int[][] selectEach(QueryContext context, IntFunction<Weights> modelOf) {
        List<Client> clients = context.federation().clients();
        List<Function<Network, int[]>> jobs = new ArrayList<>(clients.size());
        for (int k = 0; k < clients.size(); k++) {
            int client = k;
            jobs.add(network -> select(context, network, clients.get(client), modelOf.apply(client),
                    context.quotas()[client], context.randomFor(client)));
        }
        return context.workers().map(context.network(), jobs).toArray(int[][]::new);
    }

    private static int[] select(QueryContext context, Network network, Client client, Weights queryModel, int quota,
                                SplittableRandom random) {
        int[] candidates = client.pool().unlabelled();
        if (quota == 0) {
            return new int[0];
        }
        QueryInput input = QueryInput.unscored(candidates);
        boolean dropout = context.needs().contains(Need.DROPOUT_PREDICTIONS);
        if (Need.modelOutput(context.needs()) || dropout) {
            network.setWeights(queryModel);
        }
        if (Need.modelOutput(context.needs())) {
            Predictions predictions = client.predictForQuery(network, candidates);
            int[] labelled = client.pool().labelled();
            Predictions labelledPredictions = context.needs().contains(Need.LABELLED)
                    ? client.predictForQuery(network, labelled) : null;
            input = new QueryInput(candidates, predictions, labelled, labelledPredictions, client.labelledLabels());
        }
        if (context.needs().contains(Need.HEAD)) {
            input = input.withHead(network.head(queryModel));
        }
        if (dropout) {
            input = input.withDropout(dropoutPredictions(context, network, client, candidates));
        }
        int[] positions = context.strategy().select(input, quota, random);
        int[] chosen = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            chosen[i] = candidates[positions[i]];
        }
        return chosen;
    }

    /**
     * The strategy's Monte Carlo dropout passes of {@code client}'s {@code candidates} with the weights {@code network}
     * holds, masks drawn from the round's query stream and the client.
     */
    static DropoutPredictions dropoutPredictions(QueryContext context, Network network, Client client,
                                                 int[] candidates) {
        return client.predictWithDropout(network, candidates, context.strategy().dropoutPasses(),
                Seeds.derive(context.seed(), "dropout", client.id()));
    }
}
