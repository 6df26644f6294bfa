package io.falbench.mode;

/**
 * Splits a round's total query budget over clients: equal shares (remainder to the lowest ids), capped at each
 * client's unlabelled pool, leftovers handed round-robin to clients with room. The total is exact unless the
 * federation has fewer unlabelled samples than the budget.
 */
public final class Quotas {

    private Quotas() {
    }

    public static int[] equal(int total, int[] unlabelled) {
        int k = unlabelled.length;
        int[] quota = new int[k];
        int left = total;
        for (int i = 0; i < k; i++) {
            quota[i] = Math.min(unlabelled[i], total / k + (i < total % k ? 1 : 0));
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
