package io.falbench.fl;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Partial participation (McMahan et al. 2017; KAFAL's code: {@code np.random.choice(CLIENTS, int(CLIENTS * RATIO),
 * replace=False)} every communication round but the last, which takes every client): which clients train in a
 * FedAvg round, drawn from the federation's own seeded stream so that no other stream moves.
 *
 * @param fraction      share of the clients per round (1: all, every round)
 * @param allInLastRound whether the last communication round of an AL round takes every client (KAFAL)
 */
public record Participation(double fraction, boolean allInLastRound) {

    public static final Participation FULL = new Participation(1.0, true);

    public Participation {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a client fraction must be in (0, 1], got " + fraction);
        }
    }

    /** The ids of the clients that train in communication round {@code round} of {@code rounds}, ascending. */
    public int[] select(int numClients, int round, int rounds, SplittableRandom random) {
        int[] all = new int[numClients];
        Arrays.setAll(all, k -> k);
        if (fraction >= 1 || (allInLastRound && round == rounds - 1)) {
            return all;
        }
        int count = Math.max(1, (int) (numClients * fraction));
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(numClients - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = Arrays.copyOf(all, count);
        Arrays.sort(chosen);
        return chosen;
    }
}
