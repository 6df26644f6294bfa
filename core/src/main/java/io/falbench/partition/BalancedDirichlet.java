package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import io.falbench.settings.Key;
import java.util.Comparator;
import java.util.stream.IntStream;

import io.falbench.datasets.transform.ClassIndex;
import io.falbench.datasets.transform.StratifiedSample;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Balanced Dirichlet split {@code dir_balance} (LoGo, Kim et al. CVPR 2023; FairFAL, Zong and Huang CVPR 2026):
 * a client-by-class proportion matrix from Dir(alpha) rows, made near doubly stochastic by 5 passes of
 * alternating row and column normalisation, largest-remainder rounding per class, then samples moved from
 * clients above N/K to clients below it (class by class) so every client holds N//K (+1 for the first N%K).
 * Clients differ in label mix, not in size.
 */
public record BalancedDirichlet(double alpha, boolean largestFirst) implements Partitioner {

    public static final Key<Boolean> LARGEST_FIRST = Key.bool("partition.rebalance_largest_first", true,
            "dir-balance moves samples to the client with the largest deficit first, from the client with the most to"
                    + " spare first, as the reference dir_balance (false: client-index order)");

    public BalancedDirichlet(double alpha) {
        this(alpha, true);
    }

    static final int NORMALISATION_PASSES = 5;

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        List<List<Integer>> byClass = ClassIndex.byClass(train.labels(), numClasses);
        int[][] counts = counts(byClass.stream().mapToInt(List::size).toArray(), numClients, random);
        return ClassDeal.deal(byClass, counts, random);
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
        if (largestFirst) {
            rebalanceLargestFirst(x, total);
        } else {
            rebalance(x, total);
        }
        return x;
    }

    /** Each client's quota N//K (+1 for the first N%K) minus what it holds. */
    private static long[] deficits(int[][] x, long total) {
        int numClients = x.length;
        long[] deficit = new long[numClients];
        for (int k = 0; k < numClients; k++) {
            long held = 0;
            for (int v : x[k]) {
                held += v;
            }
            deficit[k] = total / numClients + (k < total % numClients ? 1 : 0) - held;
        }
        return deficit;
    }

    /**
     * The reference's order (LoGo/FairFAL {@code dir_balance}): each pass ranks receivers by deficit (largest first)
     * and donors by surplus (largest first), ties by client index; then class by class every receiver still short
     * takes from the donors with the most they can spare of that class first, until the class's supply or demand
     * runs out; passes repeat while something moves.
     */
    static void rebalanceLargestFirst(int[][] x, long total) {
        int numClients = x.length;
        int numClasses = x[0].length;
        long[] deficit = deficits(x, total);
        boolean moved = true;
        while (moved) {
            moved = false;
            long[] snapshot = deficit.clone();
            Integer[] receivers = IntStream.range(0, numClients).filter(k -> snapshot[k] > 0).boxed()
                    .sorted(Comparator.comparingLong((Integer k) -> -snapshot[k])).toArray(Integer[]::new);
            Integer[] donors = IntStream.range(0, numClients).filter(k -> snapshot[k] < 0).boxed()
                    .sorted(Comparator.comparingLong((Integer k) -> snapshot[k])).toArray(Integer[]::new);
            if (receivers.length == 0 || donors.length == 0) {
                break;
            }
            for (int c = 0; c < numClasses; c++) {
                long[] supply = new long[numClients];
                long totalSupply = 0;
                for (int s : donors) {
                    supply[s] = Math.max(0, Math.min(x[s][c], -deficit[s]));
                    totalSupply += supply[s];
                }
                long demand = 0;
                for (int d : receivers) {
                    demand += Math.max(0, deficit[d]);
                }
                long left = Math.min(totalSupply, demand);
                for (int d : receivers) {
                    long need = deficit[d];
                    while (need > 0 && left > 0) {
                        int from = -1;
                        for (int s : donors) {
                            if (supply[s] > 0 && (from < 0 || supply[s] > supply[from])) {
                                from = s;
                            }
                        }
                        if (from < 0) {
                            break;
                        }
                        int t = (int) Math.min(supply[from], Math.min(need, left));
                        x[from][c] -= t;
                        x[d][c] += t;
                        supply[from] -= t;
                        deficit[from] += t;
                        deficit[d] -= t;
                        need -= t;
                        left -= t;
                        moved = true;
                    }
                }
            }
        }
        requireBalanced(deficit);
    }

    private static void requireBalanced(long[] deficit) {
        for (long d : deficit) {
            if (d != 0) {
                throw new IllegalStateException("balanced Dirichlet could not reach equal client sizes");
            }
        }
    }

    /** Moves samples, class by class, from clients above their quota to clients below it. */
    static void rebalance(int[][] x, long total) {
        int numClients = x.length;
        int numClasses = x[0].length;
        long[] deficit = deficits(x, total);
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
        requireBalanced(deficit);
    }
}
