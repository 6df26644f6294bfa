package io.falbench.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/** Test access to the full data sets: fetched once into the data directory (cached there), verified, then loaded. */
public final class RealData {

    private static final Map<String, Dataset> LOADED = new ConcurrentHashMap<>();

    private RealData() {
    }

    public static Path dataDir() {
        return DataDirectory.resolve(null);
    }

    public static Dataset require(DatasetSpec spec) {
        return LOADED.computeIfAbsent(spec.name(), name -> {
            try {
                new DatasetFetcher(line -> System.out.println("[real-data] " + line)).fetch(spec, dataDir(), true);
                return spec.load(dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A data set that no registry package carries, loaded only where a user imported it into the data directory
     * ({@code falbench datasets import}); elsewhere the test is skipped (no fetch: its one source is the publisher).
     */
    public static Dataset requireImported(DatasetSpec spec) {
        try {
            Assumptions.assumeTrue(DatasetVerifier.allOk(DatasetVerifier.verify(spec, dataDir())),
                    spec.name() + " is not in " + dataDir() + "; import it: " + spec.repairCommand());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LOADED.computeIfAbsent(spec.name(), name -> {
            try {
                return spec.load(dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
