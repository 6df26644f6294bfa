package io.falbench.mode.chase;

import io.falbench.datasets.transform.Shuffle;
import java.util.SplittableRandom;

/**
 * CHASe's heterogeneous annotation capacities, "ReCo" (Zhang et al., TKDE 2025, arXiv 2504.17448, supplement section
 * 6.2.5; junzhang-zj/CHASe {@code main.py} lines 73-100, {@code options.py --altype RCS}): int(0.2 K) passive clients
 * label 5 samples every 5 rounds, int(0.6 K) ordinary ones 7 every 3, the rest (active) 10 every round, each from
 * round 0; which client is which is drawn once per cell, passive first, then ordinary, from the rest.
 */
final class Capacities {

    static final int[] NUMBER = {5, 7, 10};
    static final int[] CYCLE = {5, 3, 1};

    private final int[] kind;

    Capacities(int[] kind) {
        this.kind = kind.clone();
    }

    /** Draws the clients' kinds (0 passive, 1 ordinary, 2 active) for {@code clients} clients. */
    static Capacities draw(int clients, SplittableRandom random) {
        int passive = (int) (clients * 0.2);
        int ordinary = (int) (clients * 0.6);
        int[] order = new int[clients];
        for (int i = 0; i < clients; i++) {
            order[i] = i;
        }
        Shuffle.shuffle(order, random);
        int[] kind = new int[clients];
        for (int i = 0; i < clients; i++) {
            kind[order[i]] = i < passive ? 0 : i < passive + ordinary ? 1 : 2;
        }
        return new Capacities(kind);
    }

    /** Each client's quota in AL round {@code round}: its number on rounds its cycle divides, else 0; at most its pool. */
    int[] quotas(int round, int[] unlabelled) {
        int[] quotas = new int[kind.length];
        for (int k = 0; k < kind.length; k++) {
            quotas[k] = round % CYCLE[kind[k]] == 0 ? Math.min(NUMBER[kind[k]], unlabelled[k]) : 0;
        }
        return quotas;
    }

    int kind(int client) {
        return kind[client];
    }

    int clients() {
        return kind.length;
    }
}
