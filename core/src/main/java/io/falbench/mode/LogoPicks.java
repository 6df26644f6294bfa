package io.falbench.mode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * LoGo's micro step: the highest-entropy member of every non-empty cluster, in cluster order; when the clusters give
 * fewer than b picks, a refill rule tops them up from the clusters' next most uncertain members.
 *
 * <p>The reference rule (raymin0223/LoGo {@code query_strategies/fal/logo.py} {@code LoGo.query}): num = ceil(missing
 * / non-empty clusters); pass after pass, every cluster that still has members gives its next num (ranks idx+1 ..
 * idx+num, fewer if it runs out), until a whole pass leaves at least b; then the set is cut to b. The reference cuts an
 * unordered Python set; falbench cuts in the order the picks were made (the cluster tops, then pass by pass, cluster by
 * cluster, most uncertain first): the same number of picks, always a subset of the reference's union. Round-robin
 * (falbench's earlier rule): one member per cluster per pass.
 */
final class LogoPicks {

    private LogoPicks() {
    }

    static int[] pick(int[] cluster, float[] entropy, int quota, boolean referenceRefill) {
        List<List<Integer>> members = byEntropy(cluster, entropy);
        List<Integer> picks = new ArrayList<>();
        for (List<Integer> list : members) {
            picks.add(list.get(0));
        }
        if (picks.size() < quota) {
            int per = referenceRefill ? (quota - picks.size() + members.size() - 1) / members.size() : 1;
            for (int depth = 1; picks.size() < quota; depth += per) {
                int before = picks.size();
                for (List<Integer> list : members) {
                    for (int rank = depth; rank < Math.min(depth + per, list.size())
                            && (referenceRefill || picks.size() < quota); rank++) {
                        picks.add(list.get(rank));
                    }
                }
                if (picks.size() == before) {
                    throw new IllegalStateException("LoGo ran out of candidates at " + before + " of " + quota);
                }
            }
        }
        return picks.stream().limit(quota).mapToInt(Integer::intValue).toArray();
    }

    /** The members of every non-empty cluster, in cluster order, most uncertain first (lowest index on ties). */
    private static List<List<Integer>> byEntropy(int[] cluster, float[] entropy) {
        int k = Arrays.stream(cluster).max().orElse(-1) + 1;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < cluster.length; i++) {
            members.get(cluster[i]).add(i);
        }
        Comparator<Integer> order = Comparator.<Integer>comparingDouble(i -> -entropy[i]).thenComparingInt(i -> i);
        members.forEach(list -> list.sort(order));
        members.removeIf(List::isEmpty);
        return members;
    }
}
