package io.falbench.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
}
