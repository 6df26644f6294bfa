package io.falbench.experiment;

import io.falbench.data.Oracle;
import io.falbench.datasets.ImageSet;
import io.falbench.fl.Client;
import io.falbench.partition.Partition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The simulated federation of one cell: its clients over a partition of the training set, and the oracle. */
public record Federation(List<Client> clients, Oracle oracle, ImageSet train, int numClasses) {

    public static Federation of(ImageSet train, Partition partition, int numClasses) {
        partition.requireCovers(train.size());
        List<Client> clients = new ArrayList<>();
        for (int k = 0; k < partition.numClients(); k++) {
            clients.add(new Client(k, train, partition.client(k)));
        }
        return new Federation(List.copyOf(clients), new Oracle(train.labels()), train, numClasses);
    }

    public int labelled() {
        return clients.stream().mapToInt(c -> c.pool().labelledCount()).sum();
    }

    public int[] unlabelledPerClient() {
        return clients.stream().mapToInt(c -> c.pool().unlabelledCount()).toArray();
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

    /** Sends each client's chosen samples to the oracle; the budget must be spent exactly and nothing twice. */
    public void acquire(int[][] chosen, int[] quotas) {
        for (int k = 0; k < clients.size(); k++) {
            if (chosen[k].length != quotas[k]) {
                throw new IllegalStateException("client " + k + " chose " + chosen[k].length + " samples for a quota of "
                        + quotas[k]);
            }
            clients.get(k).acquire(chosen[k], oracle);
        }
    }
}
