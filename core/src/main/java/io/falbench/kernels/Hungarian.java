package io.falbench.kernels;

import java.util.Arrays;

/**
 * Minimum-cost assignment (Kuhn 1955; the shortest-augmenting-path form with potentials of Jonker & Volgenant 1987),
 * O(k^2 n) for k centres and n >= k samples: every centre gets one distinct sample, total cost minimal.
 * Sequential pointer-chasing with no GEMM in it, so all backends share this one implementation.
 */
public final class Hungarian {

    private Hungarian() {
    }

    /**
     * cost is samples x centres (rows x cols, row-major, cols <= rows); returns for every centre (column) its sample (row).
     */
    public static int[] assign(float[] cost, int rows, int cols) {
        if (cols > rows || cost.length != (long) rows * cols) {
            throw new IllegalArgumentException("assignment needs a rows x cols cost matrix with cols <= rows; got "
                    + rows + " x " + cols + " and " + cost.length + " values");
        }
        // Transposed problem: centres are the "workers" (k), samples the "jobs" (n); 1-based with a virtual job 0.
        int k = cols;
        int n = rows;
        double[] workerPotential = new double[k + 1];
        double[] jobPotential = new double[n + 1];
        int[] jobOwner = new int[n + 1];
        int[] way = new int[n + 1];
        double[] slack = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int worker = 1; worker <= k; worker++) {
            jobOwner[0] = worker;
            int job = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[job] = true;
                int owner = jobOwner[job];
                double delta = Double.POSITIVE_INFINITY;
                int nextJob = -1;
                for (int j = 1; j <= n; j++) {
                    if (used[j]) {
                        continue;
                    }
                    double reduced = cost[(j - 1) * cols + (owner - 1)] - workerPotential[owner] - jobPotential[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        way[j] = job;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        nextJob = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        workerPotential[jobOwner[j]] += delta;
                        jobPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                job = nextJob;
            } while (jobOwner[job] != 0);
            do {
                int previous = way[job];
                jobOwner[job] = jobOwner[previous];
                job = previous;
            } while (job != 0);
        }
        int[] sampleOfCentre = new int[k];
        for (int j = 1; j <= n; j++) {
            if (jobOwner[j] != 0) {
                sampleOfCentre[jobOwner[j] - 1] = j - 1;
            }
        }
        return sampleOfCentre;
    }
}
