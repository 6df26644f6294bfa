package io.falbench.cli;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import java.util.List;

/** Resolves the data set names given on the command line; none means all full data sets. */
final class DatasetNames {

    private DatasetNames() {
    }

    static List<DatasetSpec> resolve(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of(DatasetRegistry.MNIST, DatasetRegistry.FASHION_MNIST, DatasetRegistry.CIFAR10);
        }
        return names.stream().map(io.falbench.protocol.DataSets.REGISTRY::factory).toList();
    }
}
