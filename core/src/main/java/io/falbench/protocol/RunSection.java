package io.falbench.protocol;

import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.quirks.Quirks;
import io.falbench.settings.Key;
import io.falbench.settings.Options;
import java.util.List;

/** How the protocol runs: its description, seeds, kernels backend and diagnostics. */
public record RunSection(String description, int seeds, int seed, String kernels, double duplicateCosine,
                         List<String> quirks, int clientWorkers) {

    static final Key<String> DESCRIPTION = Key.text("description", "", "one line shown in listings and reports");
    static final Key<Integer> SEEDS = Key.integer("seeds", 1, 1, 10_000, "seeds per cell (cells seed 0..seeds-1)");
    static final Key<Integer> SEED = Key.integer("seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE,
            "root seed of the protocol (with the cell's seed index, every random stream derives from it)");
    static final Key<String> KERNELS = Key.name("kernels", "java", "a kernels backend (falbench list)",
            "kernels backend of the query strategies", KernelsRegistry.REGISTRY::canonical);
    static final Key<Double> DUPLICATE_COSINE = Key.decimal("diagnostics.duplicate_cosine", "0.99", -1, 1,
            "cosine above which two clients' queries count as near duplicates");

    /** How the run uses the cores, not what it computes: left out of the protocol's fingerprint. */
    public static final Key<Integer> CLIENT_WORKERS = Key.integer("client_workers", 1, 1, 1024,
            "clients trained or queried at once (FedAvg, local models, per-client queries), FALBENCH_THREADS split"
                    + " between them: the numbers of a sequential run at that many threads per client");

    static final List<Key<?>> KEYS = List.of(DESCRIPTION, SEEDS, SEED, KERNELS, DUPLICATE_COSINE, Quirks.KEY,
            CLIENT_WORKERS);

    static RunSection from(Options o) {
        return new RunSection(o.get(DESCRIPTION), o.get(SEEDS), o.get(SEED), o.get(KERNELS), o.get(DUPLICATE_COSINE),
                o.get(Quirks.KEY), o.get(CLIENT_WORKERS));
    }
}
