package io.falbench.model;

import java.util.Map;

/**
 * The optimiser state a client keeps between its local trainings within one federated training: SGD's momentum
 * buffers (KAFAL, Cao et al. ICCV 2023: one optimiser per client per cycle, so the momentum survives loading the
 * server's weights each round) or Adam's moments and step counts (FEAL, Chen et al. CVPR 2024, likewise). Held on the
 * client's side; it never crosses the federated boundary.
 */
public final class MomentumMemory {

    private Map<String, float[]> buffers = Map.of();

    Map<String, float[]> buffers() {
        return buffers;
    }

    void keep(Map<String, float[]> latest) {
        buffers = Map.copyOf(latest);
    }

    /** Forgets the buffers, as a new optimiser would start. */
    public void clear() {
        buffers = Map.of();
    }

    public boolean isEmpty() {
        return buffers.isEmpty();
    }
}
