package io.falbench.partition;

import io.falbench.datasets.ImageSet;
import io.falbench.datasets.transform.ClassIndex;
import io.falbench.datasets.transform.Shuffle;
import io.falbench.datasets.transform.StratifiedSample;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Balanced Dirichlet split {@code dir_balance} (LoGo, Kim et al. CVPR 2023; FairFAL, Zong and Huang CVPR 2026):
 * a client-by-class proportion matrix from Dir(alpha) rows, made near doubly stochastic by 5 passes of
 * alternating row and column normalisation, largest-remainder rounding per class, then samples moved from
 * clients above N/K to clients below it (class by class) so every client holds N//K (+1 for the first N%K).
 * Clients differ in label mix, not in size.
 */
public record BalancedDirichlet(double alpha) implements Partitioner {

    static final int NORMALISATION_PASSES = 5;

    @Override
    public String name() {
        return "dir-balance:" + alpha;
    }

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        List<List<Integer>> byClass = ClassIndex.byClass(train.labels(), numClasses);
        int[][] counts = counts(byClass.stream().mapToInt(List::size).toArray(), numClients, random);
        List<List<Integer>> clients = new ArrayList<>();
        for (int k = 0; k < numClients; k++) {
            clients.add(new ArrayList<>());
        }
        for (int c = 0; c < numClasses; c++) {
            List<Integer> shuffled = new ArrayList<>(byClass.get(c));
            Shuffle.shuffle(shuffled, random);
            int start = 0;
            for (int k = 0; k < numClients; k++) {
                clients.get(k).addAll(shuffled.subList(start, start + counts[k][c]));
                start += counts[k][c];
            }
        }
        return new Partition(clients.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new));
    }

    /** The client-by-class counts: columns sum to the class sizes, rows to N//K (+1 for the first N%K clients). */
    int[][] counts(int[] classSizes, int numClients, SplittableRandom random) {
        int numClasses = classSizes.length;
        double[][] p = new double[numClients][];
        for (int k = 0; k < numClients; k++) {
            p[k] = Dirichlet.sample(alpha, numClasses, random);
        }
        for (int pass = 0; pass < NORMALISATION_PASSES; pass++) {
            for (double[] row : p) {
                double sum = 1e-12;
                for (double v : row) {
                    sum += v;
                }
                for (int c = 0; c < numClasses; c++) {
                    row[c] /= sum;
                }
            }
            for (int c = 0; c < numClasses; c++) {
                double sum = 1e-12;
                for (double[] row : p) {
                    sum += row[c];
                }
                for (double[] row : p) {
                    row[c] /= sum;
                }
            }
        }
        int[][] x = new int[numClients][numClasses];
        long total = 0;
        for (int c = 0; c < numClasses; c++) {
            int[] weights = new int[numClients];
            for (int k = 0; k < numClients; k++) {
                weights[k] = (int) Math.round(p[k][c] * 1_000_000_000.0);
            }
            int[] shares = StratifiedSample.largestRemainder(weights, classSizes[c]);
            for (int k = 0; k < numClients; k++) {
                x[k][c] = shares[k];
            }
            total += classSizes[c];
        }
        rebalance(x, total);
        return x;
    }

    /** Moves samples, class by class, from clients above their quota to clients below it. */
    private static void rebalance(int[][] x, long total) {
        int numClients = x.length;
        int numClasses = x[0].length;
        long[] deficit = new long[numClients];
        for (int k = 0; k < numClients; k++) {
            long quota = total / numClients + (k < total % numClients ? 1 : 0);
            long held = 0;
            for (int v : x[k]) {
                held += v;
            }
            deficit[k] = quota - held;
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int c = 0; c < numClasses; c++) {
                for (int receiver = 0; receiver < numClients; receiver++) {
                    for (int donor = 0; donor < numClients && deficit[receiver] > 0; donor++) {
                        if (deficit[donor] >= 0 || x[donor][c] == 0) {
                            continue;
                        }
                        int t = (int) Math.min(x[donor][c], Math.min(deficit[receiver], -deficit[donor]));
                        x[donor][c] -= t;
                        x[receiver][c] += t;
                        deficit[donor] += t;
                        deficit[receiver] -= t;
                        moved = true;
                    }
                }
            }
        }
        for (long d : deficit) {
            if (d != 0) {
                throw new IllegalStateException("balanced Dirichlet could not reach equal client sizes");
            }
        }
    }
}
