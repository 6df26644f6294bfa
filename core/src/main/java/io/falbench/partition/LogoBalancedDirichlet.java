package io.falbench.partition;

import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.ClassIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * LoGo's own balanced Dirichlet split ({@code util/data_simulator.py dir_balance} of Kim et al., CVPR 2023), which
 * differs from FairFAL's ({@link BalancedDirichlet}): K Dir(alpha) rows are normalised, columns then rows (rows then
 * columns when alpha >= 10), until every row and column sum is within epsilon of its target; the counts are
 * ceil(p x class size), entries of at most 1 set to 0 and, when alpha < 10, the others raised by 1. Below alpha 10,
 * up to 100 passes over clients and classes each draw that many more samples of the class at random, capped at
 * ceil(N/K) per client, and what is left fills the clients still short of ceil(N/K), in client order. From alpha 10
 * each class is cut in dataset order into consecutive blocks of those counts. Client sizes are not equal: at most
 * ceil(N/K).
 */
public record LogoBalancedDirichlet(double alpha) implements Partitioner {

    /** LoGo's pass limit of the random fill. */
    static final int FILL_PASSES = 100;

    /** A guard against a normalisation that cannot meet its tolerance (the reference loops for ever). */
    static final int MAX_NORMALISATIONS = 100_000;

    @Override
    public Partition split(ImageSet train, int numClasses, int numClients, SplittableRandom random) {
        List<List<Integer>> byClass = ClassIndex.byClass(train.labels(), numClasses);
        int[] classSizes = byClass.stream().mapToInt(List::size).toArray();
        double[][] p = proportions(numClients, numClasses, random);
        long[][] x = counts(p, classSizes, alpha);
        List<List<Integer>> clients = alpha < 10
                ? randomFill(x, byClass, train.size(), random)
                : consecutiveBlocks(x, byClass);
        return new Partition(clients.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new));
    }

    /** K Dirichlet rows normalised until rows sum to r and columns to c within epsilon (LoGo's loop). */
    double[][] proportions(int numClients, int numClasses, SplittableRandom random) {
        double[][] p = new double[numClients][];
        for (int k = 0; k < numClients; k++) {
            p[k] = Dirichlet.sample(alpha, numClasses, random);
        }
        return normalise(p, alpha);
    }

    static double[][] normalise(double[][] p, double alpha) {
        int numClients = p.length;
        int numClasses = p[0].length;
        double epsilon = Math.min(1, Math.min((double) numClients / numClasses, (double) numClasses / numClients))
                / 1000;
        boolean small = alpha < 10;
        double rowTarget = small ? 1 : (double) numClasses / numClients;
        double columnTarget = small ? (double) numClients / numClasses : 1;
        for (int n = 0; !withinTolerance(p, rowTarget, columnTarget, epsilon, small); n++) {
            if (n == MAX_NORMALISATIONS) {
                throw new IllegalStateException("dir-balance-logo: the proportions did not settle after "
                        + MAX_NORMALISATIONS + " normalisations");
            }
            if (small) {
                normaliseColumns(p);
                normaliseRows(p);
            } else {
                normaliseRows(p);
                normaliseColumns(p);
            }
        }
        return p;
    }

    /**
     * LoGo's stop test: below alpha 10 only sums short of their target by epsilon or more continue the loop; from
     * alpha 10 any sum off by epsilon or more does.
     */
    private static boolean withinTolerance(double[][] p, double rowTarget, double columnTarget, double epsilon,
                                           boolean onlyShort) {
        for (double[] row : p) {
            if (off(sum(row), rowTarget, epsilon, onlyShort)) {
                return false;
            }
        }
        for (int c = 0; c < p[0].length; c++) {
            if (off(columnSum(p, c), columnTarget, epsilon, onlyShort)) {
                return false;
            }
        }
        return true;
    }

    private static boolean off(double sum, double target, double epsilon, boolean onlyShort) {
        return onlyShort ? sum <= target - epsilon : Math.abs(sum - target) >= epsilon;
    }

    private static void normaliseRows(double[][] p) {
        for (double[] row : p) {
            double s = sum(row);
            for (int c = 0; c < row.length; c++) {
                row[c] /= s;
            }
        }
    }

    private static void normaliseColumns(double[][] p) {
        for (int c = 0; c < p[0].length; c++) {
            double s = columnSum(p, c);
            for (double[] row : p) {
                row[c] /= s;
            }
        }
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        return s;
    }

    private static double columnSum(double[][] p, int c) {
        double s = 0;
        for (double[] row : p) {
            s += row[c];
        }
        return s;
    }

    /** ceil(p x class size); entries of at most 1 become 0, the others gain 1 when alpha < 10. */
    static long[][] counts(double[][] p, int[] classSizes, double alpha) {
        long[][] x = new long[p.length][classSizes.length];
        for (int k = 0; k < p.length; k++) {
            for (int c = 0; c < classSizes.length; c++) {
                long v = (long) Math.ceil(p[k][c] * classSizes[c]);
                x[k][c] = v <= 1 ? 0 : alpha < 10 ? v + 1 : v;
            }
        }
        return x;
    }

    /**
     * Below alpha 10: pass after pass each client draws, class by class, x[k][c] more samples of class c (or all
     * left), cut to what keeps it at ceil(N/K); after 100 passes or once nothing is left, the leftovers fill the
     * clients still short of ceil(N/K) in client order, class by class, lowest index first (the reference takes
     * them in its set's order, which is not replayable).
     */
    static List<List<Integer>> randomFill(long[][] x, List<List<Integer>> byClass, int total,
                                          SplittableRandom random) {
        int numClients = x.length;
        int numClasses = byClass.size();
        int cap = (total + numClients - 1) / numClients;
        List<List<Integer>> left = new ArrayList<>();
        for (List<Integer> members : byClass) {
            left.add(new ArrayList<>(members));
        }
        List<List<Integer>> clients = new ArrayList<>();
        for (int k = 0; k < numClients; k++) {
            clients.add(new ArrayList<>());
        }
        int remaining = total;
        for (int pass = 0; pass < FILL_PASSES && remaining > 0; pass++) {
            for (int k = 0; k < numClients; k++) {
                for (int c = 0; c < numClasses; c++) {
                    List<Integer> pool = left.get(c);
                    int take = (int) Math.min(pool.size(), x[k][c]);
                    take = Math.min(take, cap - clients.get(k).size());
                    clients.get(k).addAll(drawWithoutReplacement(pool, take, random));
                    remaining -= take;
                }
            }
        }
        left.forEach(Collections::sort);
        for (int k = 0; k < numClients && remaining > 0; k++) {
            List<Integer> client = clients.get(k);
            for (int c = 0; c < numClasses && client.size() < cap; c++) {
                List<Integer> pool = left.get(c);
                List<Integer> head = pool.subList(0, Math.min(pool.size(), cap - client.size()));
                client.addAll(head);
                remaining -= head.size();
                head.clear();
            }
        }
        return clients;
    }

    /** Removes {@code take} uniformly drawn members of {@code pool} and returns them (Python's random.sample). */
    private static List<Integer> drawWithoutReplacement(List<Integer> pool, int take, SplittableRandom random) {
        int n = pool.size();
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(n - i);
            Collections.swap(pool, i, j);
        }
        List<Integer> head = pool.subList(0, take);
        List<Integer> drawn = new ArrayList<>(head);
        head.clear();
        return drawn;
    }

    /**
     * From alpha 10: class c's members, in dataset order, cut at the running sums of x[.][c]. The reference leaves
     * whatever lies past the last cut unassigned; falbench gives it to the last client, since every sample must
     * belong to a client (only possible when rounding zeroes an entry, which alpha >= 10 makes vanishingly rare).
     */
    static List<List<Integer>> consecutiveBlocks(long[][] x, List<List<Integer>> byClass) {
        int numClients = x.length;
        List<List<Integer>> clients = new ArrayList<>();
        for (int k = 0; k < numClients; k++) {
            clients.add(new ArrayList<>());
        }
        for (int c = 0; c < byClass.size(); c++) {
            List<Integer> members = byClass.get(c);
            long start = 0;
            for (int k = 0; k < numClients; k++) {
                long end = k == numClients - 1 ? members.size() : Math.min(members.size(), start + x[k][c]);
                clients.get(k).addAll(members.subList((int) start, (int) Math.max(start, end)));
                start = Math.max(start, end);
            }
        }
        return clients;
    }
}
