package io.falbench.cli;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.protocol.DataSets;
import java.util.List;

/** Resolves the data set names (or aliases) given on the command line; none means every data set to download. */
final class DatasetNames {

    private DatasetNames() {
    }

    static List<DatasetSpec> resolve(List<String> names) {
        if (names == null || names.isEmpty()) {
            return DatasetRegistry.all().stream().filter(spec -> !spec.embedded()).toList();
        }
        return names.stream().map(DataSets.REGISTRY::factory).toList();
    }
}
