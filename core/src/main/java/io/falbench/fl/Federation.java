package io.falbench.fl;

import io.falbench.data.Oracle;
import io.falbench.datasets.image.ImageSet;
import io.falbench.fl.client.Client;
import io.falbench.kernels.Embeddings;
import io.falbench.partition.Partition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The simulated federation of one cell: its clients over a partition of the training set, and the oracle. */
public record Federation(List<Client> clients, Oracle oracle, ImageSet train, int numClasses) {

    public static Federation of(ImageSet train, Partition partition, int numClasses) {
        return of(train, train, partition, numClasses);
    }

    /** A federation whose clients train on {@code train} and score their queries on {@code query}. */
    public static Federation of(ImageSet train, ImageSet query, Partition partition, int numClasses) {
        return of(train, query, null, partition, numClasses);
    }

    /**
     * As {@link #of(ImageSet, ImageSet, Partition, int)}, each client holding its samples' rows of
     * {@code embeddings} (row i for training index i; null: none) for its queries.
     */
    public static Federation of(ImageSet train, ImageSet query, Embeddings embeddings, Partition partition,
                                int numClasses) {
        partition.requireCovers(train.size());
        List<Client> clients = new ArrayList<>();
        for (int k = 0; k < partition.numClients(); k++) {
            clients.add(new Client(k, train, query, embeddings, partition.client(k)));
        }
        return new Federation(List.copyOf(clients), new Oracle(train.labels()), train, numClasses);
    }

    public int labelled() {
        return clients.stream().mapToInt(c -> c.pool().labelledCount()).sum();
    }

    public int[] unlabelledPerClient() {
        return clients.stream().mapToInt(c -> c.pool().unlabelledCount()).toArray();
    }

    /** Each client's data size, labelled plus unlabelled. */
    public int[] sizesPerClient() {
        return clients.stream().mapToInt(c -> c.pool().size()).toArray();
    }

    public int[] labelledPerClient() {
        return clients.stream().mapToInt(c -> c.pool().labelledCount()).toArray();
    }

    public int[] labelledPerClass() {
        int[] total = new int[numClasses];
        for (Client client : clients) {
            int[] counts = client.labelledClassCounts(numClasses);
            Arrays.setAll(total, c -> total[c] + counts[c]);
        }
        return total;
    }

    /**
     * Sends each client's chosen samples to the oracle. With {@code keepQuotas} every client must spend exactly its
     * quota; without, only the total must match (the budget may go anywhere). Nothing is labelled twice.
     */
    public int[] acquire(int[][] chosen, int[] quotas, boolean keepQuotas) {
        int total = 0;
        int budget = 0;
        int[] spent = new int[clients.size()];
        for (int k = 0; k < clients.size(); k++) {
            if (keepQuotas && chosen[k].length != quotas[k]) {
                throw new IllegalStateException("client " + k + " chose " + chosen[k].length + " samples for a quota of "
                        + quotas[k]);
            }
            spent[k] = chosen[k].length;
            total += chosen[k].length;
            budget += quotas[k];
        }
        if (total != budget) {
            throw new IllegalStateException("the clients chose " + total + " samples for a round budget of " + budget);
        }
        for (int k = 0; k < clients.size(); k++) {
            clients.get(k).acquire(chosen[k], oracle);
        }
        return spent;
    }
}
