package io.falbench.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HungarianTest {

    @Test
    void rectangularAssignmentCostsTheSameAsTheBruteForceOptimum() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int samples = 1 + random.nextInt(7);
            int centres = 1 + random.nextInt(samples);
            float[] cost = new float[samples * centres];
            for (int i = 0; i < cost.length; i++) {
                cost[i] = random.nextInt(4) == 0 ? 1f : (float) random.nextDouble() * 10f;
            }
            int[] picked = Hungarian.assign(cost, samples, centres);
            assertThat(picked).doesNotHaveDuplicates();
            assertThat(total(cost, centres, picked)).isCloseTo(bruteForce(cost, samples, centres, 0, new boolean[samples]),
                    org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void everyCentreGetsItsCheapestSampleWhenThoseDiffer() {
        float[] cost = {
            9, 1, 9,
            1, 9, 9,
            9, 9, 9,
            9, 9, 1};
        assertThat(Hungarian.assign(cost, 4, 3)).containsExactly(1, 0, 3);
    }

    private static double total(float[] cost, int centres, int[] picked) {
        double sum = 0;
        for (int j = 0; j < centres; j++) {
            sum += cost[picked[j] * centres + j];
        }
        return sum;
    }

    private static double bruteForce(float[] cost, int samples, int centres, int centre, boolean[] used) {
        if (centre == centres) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < samples; i++) {
            if (!used[i]) {
                used[i] = true;
                best = Math.min(best, cost[i * centres + centre] + bruteForce(cost, samples, centres, centre + 1, used));
                used[i] = false;
            }
        }
        return best;
    }
}
