package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.ClassIndex;
import io.falbench.datasets.transform.Shuffle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Dirichlet label skew per class, NIID-Bench's {@code noniid-labeldir} (Li et al., ICDE 2022): for each class draw
 * p ~ Dir(alpha * 1_K), zero the share of clients already holding >= N/K samples, renormalise, split the class's
 * shuffled indices at the cumulative proportions; redraw everything until the smallest client holds >= 10 samples.
 */
public record DirichletPerClass(double alpha) implements Partitioner {

    static final int MIN_CLIENT_SIZE = 10;
    private static final int MAX_ATTEMPTS = 10_000;

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        int n = train.size();
        int required = Math.min(MIN_CLIENT_SIZE, n / numClients);
        List<List<Integer>> byClass = ClassIndex.byClass(train.labels(), numClasses);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<List<Integer>> clients = new ArrayList<>();
            for (int k = 0; k < numClients; k++) {
                clients.add(new ArrayList<>());
            }
            for (List<Integer> members : byClass) {
                List<Integer> shuffled = new ArrayList<>(members);
                Shuffle.shuffle(shuffled, random);
                double[] p = Dirichlet.sample(alpha, numClients, random);
                double sum = 0;
                for (int k = 0; k < numClients; k++) {
                    if (clients.get(k).size() >= (double) n / numClients) {
                        p[k] = 0;
                    }
                    sum += p[k];
                }
                int start = 0;
                double cumulative = 0;
                for (int k = 0; k < numClients; k++) {
                    cumulative += sum > 0 ? p[k] / sum : 1.0 / numClients;
                    int end = k == numClients - 1 ? shuffled.size() : (int) (cumulative * shuffled.size());
                    end = Math.max(start, Math.min(end, shuffled.size()));
                    clients.get(k).addAll(shuffled.subList(start, end));
                    start = end;
                }
            }
            if (clients.stream().mapToInt(List::size).min().orElse(0) >= required) {
                return new Partition(clients.stream()
                        .map(c -> c.stream().mapToInt(Integer::intValue).sorted().toArray()).toArray(int[][]::new));
            }
        }
        throw new IllegalStateException("Dirichlet split with alpha " + alpha + " over " + numClients
                + " clients could not give every client " + required + " samples in " + MAX_ATTEMPTS
                + " draws; raise alpha or use fewer clients");
    }
}
