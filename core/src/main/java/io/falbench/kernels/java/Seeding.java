package io.falbench.kernels.java;

/**
 * The two selection rules every backend shares, over a backend's {@link CentreDistances}:
 * k-means++ seeding with BADGE semantics (Ash et al., ICLR 2020; Arthur & Vassilvitskii 2007): first centre = largest
 * norm, then D^2 sampling, chosen points at D = 0; and greedy k-center, farthest first (Gonzalez 1985; the CoreSet
 * sampler of Sener & Savarese, ICLR 2018), starting from the anchors (labelled samples) or from a given first point.
 */
final class Seeding {

    private Seeding() {
    }

    static int[] kMeansPlusPlus(CentreDistances distances, int k, long seed) {
        checkBudget(k, distances.size());
        int[] selected = new int[k];
        if (k == 0) {
            return selected;
        }
        boolean[] chosen = new boolean[distances.size()];
        D2Sampler sampler = new D2Sampler(seed);
        selected[0] = argMax(distances.squaredNorms());
        choose(distances, chosen, selected[0]);
        for (int t = 1; t < k; t++) {
            selected[t] = sampler.next(distances.distances(), chosen);
            choose(distances, chosen, selected[t]);
        }
        return selected;
    }

    /** firstWithoutAnchors: the first point when there are no anchors (e.g. the most uncertain), or -1 for the largest norm. */
    static int[] kCenterGreedy(CentreDistances distances, int k, int firstWithoutAnchors) {
        checkBudget(k, distances.size());
        int[] selected = new int[k];
        if (k == 0) {
            return selected;
        }
        boolean[] chosen = new boolean[distances.size()];
        for (int a = 0; a < distances.anchors(); a++) {
            distances.addAnchor(a);
        }
        int t = 0;
        if (distances.anchors() == 0) {
            selected[0] = firstWithoutAnchors >= 0 ? firstWithoutAnchors : argMax(distances.squaredNorms());
            choose(distances, chosen, selected[0]);
            t = 1;
        }
        for (; t < k; t++) {
            int next = argMax(distances.distances());
            if (chosen[next]) {
                next = D2Sampler.firstNotChosen(chosen);
            }
            selected[t] = next;
            choose(distances, chosen, next);
        }
        return selected;
    }

    private static void choose(CentreDistances distances, boolean[] chosen, int point) {
        chosen[point] = true;
        distances.addCentre(point);
    }

    /** Index of the largest value, ties to the lowest index. */
    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void checkBudget(int k, int n) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot select " + k + " of " + n + " points");
        }
    }
}
