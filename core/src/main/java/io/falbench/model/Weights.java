package io.falbench.model;

import java.util.Collection;
import java.util.List;

/**
 * A network's parameters as plain float arrays, in the block's parameter order (BatchNorm running
 * statistics included, so FedAvg averages them too). This is what crosses the federated boundary.
 */
public record Weights(List<String> names, List<float[]> values) {

    public Weights {
        if (names.size() != values.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + values.size() + " arrays");
        }
        names = List.copyOf(names);
        values = List.copyOf(values);
    }

    public int count() {
        return values.stream().mapToInt(v -> v.length).sum();
    }

    /** The values of the array named {@code name}. */
    public float[] valuesOf(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no array named '" + name + "' among " + names);
        }
        return values.get(index);
    }

    /** The arrays whose names are in {@code keep}, in this order. */
    public Weights only(Collection<String> keep) {
        List<String> kept = names.stream().filter(keep::contains).toList();
        return new Weights(kept, kept.stream().map(this::valuesOf).toList());
    }

    /** Bytes on the wire as float32. */
    public long bytes() {
        return 4L * count();
    }

    /** True when both hold the same names and shapes. */
    public boolean compatibleWith(Weights other) {
        if (!names.equals(other.names)) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).length != other.values.get(i).length) {
                return false;
            }
        }
        return true;
    }
}
