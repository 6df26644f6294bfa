package io.falbench.cli;

import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.DataFile;
import io.falbench.experiment.ProtocolKeys;
import io.falbench.kernels.KernelsRegistry;
import io.falbench.mode.ModeRegistry;
import io.falbench.strategy.StrategyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code falbench list}: what falbench knows, and which data sets are already in the data directory. */
@Command(name = "list", description = "List the known data sets, transforms and where the data directory is.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        Path dir = dataDir.resolve();
        System.out.println("Data directory: " + dir);
        System.out.println();
        System.out.println("Data sets:");
        for (DatasetSpec spec : DatasetRegistry.all()) {
            boolean present = spec.files().stream()
                    .allMatch(f -> Files.isRegularFile(spec.directory(dir).resolve(f.name())));
            System.out.printf("  %-14s %-9s %s%n", spec.name(), present ? "[present]" : "", spec.description());
            System.out.printf("  %-14s %-9s sources: %s%n", "", "",
                    String.join(", ", spec.sources().stream().map(s -> s.describe()).toList()));
            System.out.printf("  %-14s %-9s files: %s%n", "", "",
                    String.join(", ", spec.files().stream().map(DataFile::name).toList()));
        }
        System.out.println();
        System.out.println("Protocols (falbench run NAME): " + String.join(", ", ProtocolKeys.shippedProtocols()));
        System.out.println("Strategies: " + String.join(", ", StrategyRegistry.names()));
        System.out.println("Modes: " + String.join(", ", ModeRegistry.names()) + " (kafal, logo, fairfal bring their own query rule)");
        System.out.println("Kernels backends (protocol key 'kernels'): " + String.join(", ", KernelsRegistry.NAMES));
        System.out.println("Partitions: homogeneous, dirichlet:ALPHA, dir-balance:ALPHA, kmeans[:COMMON_FRACTION]");
        System.out.println();
        System.out.println("Transforms (falbench datasets info NAME --long-tail RHO --shot-noise SEVERITY):");
        System.out.println("  long-tail    class i keeps floor(n_max * (1/rho)^(i/(C-1))) samples, seeded");
        System.out.println("  shot-noise   CIFAR-10-C shot noise, severity 1..5 (c = 500, 250, 100, 75, 50), seeded");
        return 0;
    }
}
