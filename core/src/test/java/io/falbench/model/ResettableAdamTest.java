package io.falbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Adam's update against torch.optim.Adam on the same weights and gradients, its state dropped by a reset and, exported
 * and carried into a fresh optimiser, giving the step it would have given.
 */
class ResettableAdamTest {

    private static final float[] WEIGHT = {0.5f, -1.25f, 2.0f, 0.0f};
    private static final float[][] GRADIENTS = {{0.1f, -0.2f, 0.3f, 0.0f}, {-0.05f, 0.4f, 0.01f, 1.0f},
            {0.2f, 0.2f, -0.3f, -0.5f}};

    /**
     * Debian 12's python3-torch 1.13.1 (torch.__version__ 1.13.0a0), float32: {@code w = torch.tensor(WEIGHT,
     * requires_grad=True); opt = torch.optim.Adam([w], lr=0.01, weight_decay=0.05); for g in GRADIENTS:
     * w.grad = torch.tensor(g); opt.step()}, the weights after each step.
     */
    private static final float[][] TORCH = {
            {0.49000000953674316f, -1.2400000095367432f, 1.9900000095367432f, 0.0f},
            {0.4849228858947754f, -1.241769552230835f, 1.9815717935562134f, -0.007441367954015732f},
            {0.4774298369884491f, -1.2450319528579712f, 1.9784971475601196f, -0.009725304320454597f},
    };

    @Test
    void stepsAsTorchsAdam() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResettableAdam adam = new ResettableAdam();
            adam.reset(0.01f, 0.05f);
            NDArray w = manager.create(WEIGHT.clone());
            for (int t = 0; t < GRADIENTS.length; t++) {
                adam.update("p", w, manager.create(GRADIENTS[t]));
                float[] got = w.toFloatArray();
                for (int i = 0; i < got.length; i++) {
                    assertThat(got[i]).as("step %d, weight %d", t + 1, i).isCloseTo(TORCH[t][i], within(1e-7f));
                }
            }
            adam.close();
        }
    }

    @Test
    void itsStateCarriedIntoAFreshOptimiserGivesTheSameNextStepAndAResetForgetsIt() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResettableAdam running = new ResettableAdam();
            running.reset(0.01f, 0.05f);
            NDArray w = manager.create(WEIGHT.clone());
            running.update("p", w, manager.create(GRADIENTS[0]));
            running.update("p", w, manager.create(GRADIENTS[1]));
            Map<String, float[]> state = running.state();
            assertThat(state).containsOnlyKeys("p#exp_avg", "p#exp_avg_sq", "p#step");
            assertThat(state.get("p#step")).containsExactly(2f);

            NDArray w2 = manager.create(w.toFloatArray());
            ResettableAdam carried = new ResettableAdam();
            carried.reset(0.01f, 0.05f);
            carried.carry(state);
            running.update("p", w, manager.create(GRADIENTS[2]));
            carried.update("p", w2, manager.create(GRADIENTS[2]));
            assertThat(w2.toFloatArray()).containsExactly(w.toFloatArray());

            running.reset(0.01f, 0.05f);
            assertThat(running.state()).isEmpty();
            running.close();
            carried.close();
        }
    }

    @Test
    void aNetworkKeepsTheStateOfEachParameterByNameAcrossItsSuffixes() {
        Map<String, float[]> renamed = Network.renamed(Map.of("id1#exp_avg", new float[] {1}, "id1#step",
                new float[] {3}, "id2", new float[] {2}, "gone#exp_avg", new float[] {4}), Map.of("id1", "w", "id2", "b"));
        assertThat(renamed).containsOnlyKeys("w#exp_avg", "w#step", "b");
    }
}
