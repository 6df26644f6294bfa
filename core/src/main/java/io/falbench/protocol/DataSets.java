package io.falbench.protocol;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;

/** The data sets of the datasets module, in the one registry shape (the datasets module itself stays plain Java). */
public final class DataSets {

    public static final Registry<DatasetSpec> REGISTRY = new Registry<>("data set",
            DatasetRegistry.all().stream().map(spec -> Entry.of(spec.name(), spec.description(), spec)).toList());

    private DataSets() {
    }
}
