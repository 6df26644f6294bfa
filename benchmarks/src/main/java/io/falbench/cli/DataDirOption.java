package io.falbench.cli;

import io.falbench.datasets.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --data-dir} option: else FALBENCH_DATA, else ~/.falbench/data. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data directory (default: $FALBENCH_DATA, else ~/.falbench/data)")
    Path dataDir;

    public Path resolve() {
        return DataDirectory.resolve(dataDir);
    }
}
