package io.falbench.mode;

import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import java.util.Arrays;

/**
 * Splits a round's total query budget over clients: equal shares (remainder to the lowest ids), equal shares rounded
 * down (FairFAL, Zong and Huang CVPR 2026: the remainder unspent), shares proportional to the unlabelled pools, or
 * (KAFAL, Cao et al. ICCV 2023) ceil(budget x client size / N) each, capped at each client's unlabelled pool,
 * leftovers handed round-robin to clients with room. The total is exact (for {@code equal-floor}: K x floor(budget /
 * K); for {@code client-size}: the sum of the rounded-up shares, as KAFAL's code spends) unless the federation has
 * fewer unlabelled samples than the budget.
 */
public final class Quotas {

    /** The rule that rounds each client's share up (KAFAL), so a split may spend up to one label more per client. */
    public static final String CLIENT_SIZE = "client-size";

    private Quotas() {
    }

    public static int[] equal(int total, int[] unlabelled) {
        int k = unlabelled.length;
        int[] share = new int[k];
        for (int i = 0; i < k; i++) {
            share[i] = total / k + (i < total % k ? 1 : 0);
        }
        return capped(total, share, unlabelled);
    }

    /**
     * FairFAL's split ({@code query_strategies/__init__.py}: {@code int(args.n_query / args.num_users)} per client,
     * likewise the initial labels): floor(total / K) each, the remainder unspent; capped like {@link #equal}.
     */
    public static int[] equalFloor(int total, int[] unlabelled) {
        int k = unlabelled.length;
        int[] share = new int[k];
        Arrays.fill(share, total / k);
        return capped(total / k * k, share, unlabelled);
    }

    /** Shares proportional to the clients' unlabelled pools (largest remainder), then capped like {@link #equal}. */
    public static int[] proportional(int total, int[] unlabelled) {
        return capped(total, io.falbench.datasets.transform.StratifiedSample.largestRemainder(unlabelled, total),
                unlabelled);
    }

    /**
     * KAFAL's split ({@code main.py}: {@code np.ceil((BUDGET / NUM_TRAIN) * total_data_num)}): client k gets
     * ceil(total x size_k / sum of sizes), so the round spends a little more than {@code total}; capped like
     * {@link #equal}.
     */
    public static int[] clientSize(int total, int[] sizes, int[] unlabelled) {
        long all = 0;
        for (int size : sizes) {
            all += size;
        }
        int[] share = new int[sizes.length];
        int sum = 0;
        for (int k = 0; k < sizes.length; k++) {
            share[k] = (int) ((long) total * sizes[k] / all + ((long) total * sizes[k] % all == 0 ? 0 : 1));
            sum += share[k];
        }
        return capped(sum, share, unlabelled);
    }

    /** Splits a round's budget over clients given their unlabelled pools and their sizes (labelled + unlabelled). */
    @FunctionalInterface
    public interface Rule {
        int[] split(int total, int[] unlabelled, int[] sizes);
    }

    public static final Registry<Rule> RULES = new Registry<>("quota rule",
            Entry.<Rule>of("equal", "equal shares, remainder to the lowest client ids", (t, u, s) -> equal(t, u)),
            Entry.<Rule>of("equal-floor", "floor(budget / K) per client, the remainder unspent, as FairFAL",
                    (t, u, s) -> equalFloor(t, u)),
            Entry.<Rule>of("proportional", "shares proportional to the clients' unlabelled pools",
                    (t, u, s) -> proportional(t, u)),
            Entry.<Rule>of(CLIENT_SIZE, "ceil(budget x client size / N) per client, as KAFAL",
                    (t, u, s) -> clientSize(t, s, u)));

    /** By protocol name: {@code equal}, {@code equal-floor}, {@code proportional} or {@code client-size}. */
    public static int[] split(String rule, int total, int[] unlabelled, int[] sizes) {
        return RULES.factory(rule).split(total, unlabelled, sizes);
    }

    private static int[] capped(int total, int[] share, int[] unlabelled) {
        int k = unlabelled.length;
        int[] quota = new int[k];
        int left = total;
        for (int i = 0; i < k; i++) {
            quota[i] = Math.min(unlabelled[i], share[i]);
            left -= quota[i];
        }
        boolean progress = true;
        while (left > 0 && progress) {
            progress = false;
            for (int i = 0; i < k && left > 0; i++) {
                if (quota[i] < unlabelled[i]) {
                    quota[i]++;
                    left--;
                    progress = true;
                }
            }
        }
        if (left > 0) {
            throw new IllegalStateException("query budget " + total + " exceeds the federation's unlabelled pool");
        }
        return quota;
    }
}
