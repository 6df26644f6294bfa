package io.falbench.experiment;

import io.falbench.model.Weights;
import java.util.ArrayList;
import java.util.List;

/**
 * What a checkpoint's weights file holds: the network's weights of a warm-started cell, then the mode's own arrays
 * ({@link io.falbench.mode.FalMode#arrays()}), their names prefixed with {@value #MODE}. Files of cells without mode
 * arrays are as before.
 */
final class CheckpointArrays {

    static final String MODE = "mode:";

    private CheckpointArrays() {
    }

    /** The file's arrays (null when there is nothing to keep). */
    static Weights pack(Weights network, Weights mode) {
        if (network == null && mode.names().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        if (network != null) {
            names.addAll(network.names());
            values.addAll(network.values());
        }
        for (int a = 0; a < mode.names().size(); a++) {
            names.add(MODE + mode.names().get(a));
            values.add(mode.values().get(a));
        }
        return new Weights(names, values);
    }

    /** The network's weights in {@code stored} (null when it holds none: the cell re-initialises every AL round). */
    static Weights network(Weights stored) {
        return part(stored, false);
    }

    /** The mode's arrays in {@code stored}, their prefix dropped (empty when it holds none). */
    static Weights mode(Weights stored) {
        Weights part = part(stored, true);
        return part != null ? part : new Weights(List.of(), List.of());
    }

    private static Weights part(Weights stored, boolean mode) {
        if (stored == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<float[]> values = new ArrayList<>();
        for (int a = 0; a < stored.names().size(); a++) {
            String name = stored.names().get(a);
            if (name.startsWith(MODE) == mode) {
                names.add(mode ? name.substring(MODE.length()) : name);
                values.add(stored.values().get(a));
            }
        }
        return names.isEmpty() ? null : new Weights(names, values);
    }
}
