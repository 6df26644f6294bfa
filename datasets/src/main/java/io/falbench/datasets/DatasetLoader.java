package io.falbench.datasets;

import io.falbench.datasets.fetch.EmbeddedResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Loads a data set only after every file verifies; embedded data sets are unpacked on first use. */
public final class DatasetLoader {

    private DatasetLoader() {
    }

    public static Dataset loadVerified(DatasetSpec spec, Path dataDir, Consumer<String> log) throws IOException {
        List<FileCheck> checks = DatasetVerifier.verify(spec, dataDir);
        if (!DatasetVerifier.allOk(checks) && spec.sources().stream().allMatch(s -> s instanceof EmbeddedResource)) {
            checks = new DatasetFetcher(log).fetch(spec, dataDir, true);
        }
        if (!DatasetVerifier.allOk(checks)) {
            throw new IOException("data set " + spec.name() + " is not ready under " + dataDir + ":\n  "
                    + checks.stream().filter(c -> !c.ok()).map(FileCheck::message)
                    .collect(Collectors.joining("\n  ")));
        }
        return spec.load(dataDir);
    }
}
