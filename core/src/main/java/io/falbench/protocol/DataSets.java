package io.falbench.protocol;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import java.util.List;

/**
 * The data sets of the datasets module in the one registry shape: each entry's name, aliases and description are the
 * data set's own (the datasets module itself stays plain Java), its value the data set with its constants.
 */
public final class DataSets {

    public static final Registry<DatasetSpec> REGISTRY = of(DatasetRegistry.all());

    private DataSets() {
    }

    /** A registry of {@code specs}, each answering to its name and aliases. */
    public static Registry<DatasetSpec> of(List<DatasetSpec> specs) {
        return new Registry<>("data set", specs.stream()
                .map(spec -> Entry.of(spec.name(), spec.description(), spec)
                        .aliases(spec.aliases().toArray(String[]::new)))
                .toList());
    }
}
