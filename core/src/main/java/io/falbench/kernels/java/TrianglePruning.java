package io.falbench.kernels.java;

import java.util.Arrays;

/**
 * Exact triangle-inequality pruning of the seeding pass (Raff, "Exact acceleration of k-means++ and k-means||",
 * IJCAI 2021): with c_j the nearest centre of x so far, ||x - c|| >= ||c_j - c|| - ||x - c_j||, so when
 * ||c_j - c||^2 >= 4 D(x) the new centre c cannot lower D(x) and x is skipped without reading its row.
 * To keep D bit-identical to the unpruned pass under float rounding, the test asks for a margin that covers the
 * rounding of all three factorised distances: skip iff 4 D(x) + s ||x||^2 <= ||c_j - c||^2 - s (||c_j||^2 + ||c||^2), s = 2e-4.
 */
final class TrianglePruning {

    static final float SLACK = 2e-4f;

    /** Slot of the nearest centre (or anchor) of every point, -1 before any. */
    final int[] owner;
    private float[] slotNorms = new float[64];
    private int slots;

    TrianglePruning(int size) {
        owner = new int[size];
        Arrays.fill(owner, -1);
    }

    int slots() {
        return slots;
    }

    /** Squared norm of the centre in a slot. */
    float norm(int slot) {
        return slotNorms[slot];
    }

    /** Registers a new centre with its squared norm, returns its slot. */
    int register(float squaredNorm) {
        if (slots == slotNorms.length) {
            slotNorms = Arrays.copyOf(slotNorms, slots * 2);
        }
        slotNorms[slots] = squaredNorm;
        return slots++;
    }

    /** Turns squared centre-to-new-centre distances (per slot) into skip limits, in place. */
    void toLimits(float[] centreDistances, int count, float newNorm) {
        for (int j = 0; j < count; j++) {
            centreDistances[j] -= SLACK * (slotNorms[j] + newNorm);
        }
    }

    static boolean canSkip(int ownerSlot, float distance, float squaredNorm, float[] limits) {
        return ownerSlot >= 0 && 4f * distance + SLACK * squaredNorm <= limits[ownerSlot];
    }
}
