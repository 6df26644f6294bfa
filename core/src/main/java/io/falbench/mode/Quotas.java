package io.falbench.mode;

import io.falbench.registry.Entry;
import io.falbench.registry.Registry;

/**
 * Splits a round's total query budget over clients: equal shares (remainder to the lowest ids) or shares
 * proportional to the unlabelled pools, capped at each
 * client's unlabelled pool, leftovers handed round-robin to clients with room. The total is exact unless the
 * federation has fewer unlabelled samples than the budget.
 */
public final class Quotas {

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

    /** Shares proportional to the clients' unlabelled pools (largest remainder), then capped like {@link #equal}. */
    public static int[] proportional(int total, int[] unlabelled) {
        return capped(total, io.falbench.datasets.transform.StratifiedSample.largestRemainder(unlabelled, total),
                unlabelled);
    }

    /** Splits a round's budget over clients given their unlabelled pools. */
    @FunctionalInterface
    public interface Rule {
        int[] split(int total, int[] unlabelled);
    }

    public static final Registry<Rule> RULES = new Registry<>("quota rule",
            Entry.<Rule>of("equal", "equal shares, remainder to the lowest client ids", Quotas::equal),
            Entry.<Rule>of("proportional", "shares proportional to the clients' unlabelled pools", Quotas::proportional));

    /** By protocol name: {@code equal} or {@code proportional}. */
    public static int[] split(String rule, int total, int[] unlabelled) {
        return RULES.factory(rule).split(total, unlabelled);
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
