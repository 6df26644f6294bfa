package io.falbench.protocol;

import io.falbench.datasets.DatasetSpec;
import io.falbench.model.Normalization;
import io.falbench.registry.Entry;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.List;
import java.util.Map;

/** The data of a protocol: the data set, its long-tailed view, and the corrupted clients. */
public record DataSection(String dataset, double longTailRho, boolean longTailPerCell, int corruptedClients,
                          int corruptionSeverity, String normalize) {

    static final Key<String> DATASET = Key.name("dataset", "mnist-mini", "a data set name (falbench list)",
            "the data set", DataSets.REGISTRY::canonical);
    static final Key<Double> LONG_TAIL_RHO = Key.decimal("long_tail.rho", "1", 1, 1e6,
            "imbalance ratio n_max / n_min of the long-tailed training set (1: the set as published)");
    static final Key<Boolean> LONG_TAIL_SEED = Key.choice("long_tail.seed", "cell",
            List.of(Map.entry("cell", true), Map.entry("fixed", false)),
            "cell: each seed index draws its own long-tailed subset (reference: FairFAL seeds NumPy with the run's"
                    + " seed first); fixed: every seed shares the subset drawn from the protocol's seed");
    public static final Key<Integer> CORRUPT_CLIENTS = Key.integer("corrupt.clients", 0, 0, 100_000,
            "how many clients (the first ones) get all their images shot-noised");
    static final Key<Integer> CORRUPT_SEVERITY = Key.integer("corrupt.severity", 5, 1, 5,
            "shot-noise severity of corrupted clients (CIFAR-10-C levels)");

    static final Key<String> NORMALIZE = Key.choice("data.normalize", "reference",
            List.of(Map.entry("reference", "reference"), Map.entry("kafal", "kafal"), Map.entry("none", "none")),
            "input normalisation: the reference code's per-data-set mean/std (CIFAR-10, CIFAR-100: ImageNet"
                    + " statistics; Fashion-MNIST: 0.286/0.353; MNIST: none), KAFAL's CIFAR-10 statistics (mean"
                    + " 0.4914/0.4822/0.4465, std 0.2023/0.1994/0.2010), or none (pixels in [0, 1])");

    static final List<Key<?>> KEYS = List.of(DATASET, LONG_TAIL_RHO, LONG_TAIL_SEED, CORRUPT_CLIENTS, CORRUPT_SEVERITY, NORMALIZE);

    static DataSection from(Options o) {
        return new DataSection(o.get(DATASET), o.get(LONG_TAIL_RHO), o.get(LONG_TAIL_SEED),
                o.get(CORRUPT_CLIENTS), o.get(CORRUPT_SEVERITY), o.get(NORMALIZE));
    }

    /** The data set with its constants. */
    public DatasetSpec spec() {
        return DataSets.REGISTRY.factory(dataset);
    }

    /** The input normalisation of this data set's networks: the constants its entry declares for {@code normalize}. */
    public Normalization normalization() {
        return switch (normalize) {
            case "reference" -> Normalization.of(spec().referenceNormalization());
            case "kafal" -> Normalization.of(spec().kafalNormalization().orElseThrow(this::noKafalConstants));
            default -> Normalization.NONE;
        };
    }

    private IllegalArgumentException noKafalConstants() {
        List<String> sets = DataSets.REGISTRY.entries().stream()
                .filter(e -> e.factory().kafalNormalization().isPresent()).map(Entry::name).toList();
        return new IllegalArgumentException("data.normalize = kafal has constants for " + String.join(", ", sets)
                + " only, not '" + dataset + "'; use reference or none");
    }
}
