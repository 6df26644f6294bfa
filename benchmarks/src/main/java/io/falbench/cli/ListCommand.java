package io.falbench.cli;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.DatasetSpec;
import io.falbench.fl.FederatedOptimizers;
import io.falbench.kernels.registry.KernelsRegistry;
import io.falbench.mode.Quotas;
import io.falbench.mode.registry.ModeRegistry;
import io.falbench.model.Architecture;
import io.falbench.partition.Partitioners;
import io.falbench.protocol.DataSets;
import io.falbench.protocol.ProtocolKeys;
import io.falbench.quirks.Quirks;
import io.falbench.protocol.ShippedProtocols;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.registry.Registry;
import io.falbench.settings.Key;
import io.falbench.strategy.StrategyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code falbench list}: everything falbench knows by name, from its registries, and the data directory's state. */
@Command(name = "list", description = "List the known protocols, data sets, strategies, modes, partitions, federated"
        + " optimisers, models, kernels backends and protocol keys.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--keys", description = "print only the protocol keys as a Markdown table (docs/keys.md's)")
    boolean keysOnly;

    @Override
    public Integer call() {
        if (keysOnly) {
            System.out.print(ProtocolKeys.markdownTable());
            return 0;
        }
        Path dir = dataDir.resolve();
        System.out.println("Data directory: " + dir);
        System.out.println();
        System.out.println("Data sets:");
        for (Entry<DatasetSpec> entry : DataSets.REGISTRY.entries()) {
            DatasetSpec spec = entry.factory();
            boolean present = spec.files().stream()
                    .allMatch(f -> Files.isRegularFile(spec.directory(dir).resolve(f.name())));
            System.out.printf("  %-20s %-9s %s%s%n", spec.name(), present ? "[present]" : "", spec.description(),
                    spec.aliases().isEmpty() ? "" : " (also " + String.join(", ", spec.aliases()) + ")");
            System.out.printf("  %-20s %-9s sources: %s%n", "", "",
                    String.join(", ", spec.sources().stream().map(s -> s.describe()).toList()));
            System.out.printf("  %-20s %-9s files: %s%n", "", "",
                    String.join(", ", spec.files().stream().map(DataFile::name).toList()));
        }
        print("Protocols (falbench run NAME)", ShippedProtocols.registry());
        print("Strategies (key 'strategies')", StrategyRegistry.REGISTRY);
        print("Modes (key 'modes')", ModeRegistry.REGISTRY);
        print("Partitions (key 'partitions')", Partitioners.REGISTRY);
        print("Federated optimisers (key 'fl.algorithm')", FederatedOptimizers.REGISTRY);
        print("Models (key 'model')", Architecture.REGISTRY);
        print("Quota rules (key 'al.quota')", Quotas.RULES);
        print("Kernels backends (key 'kernels')", KernelsRegistry.REGISTRY);
        print("Quirks of the reference code (key 'quirks'; 'reference' turns on all)", Quirks.REGISTRY);
        System.out.println();
        System.out.println("Protocol keys (falbench list --keys for the table):");
        for (Key<?> key : ProtocolKeys.ALL) {
            System.out.printf("  %-30s %-14s %s%n", key.name(), key.defaultText(), key.meaning());
        }
        System.out.println();
        System.out.println("Transforms (falbench datasets info NAME --long-tail RHO --shot-noise SEVERITY):");
        System.out.println("  long-tail    class i keeps floor(n_max * (1/rho)^(i/(C-1))) samples, seeded");
        System.out.println("  shot-noise   CIFAR-10-C shot noise, severity 1..5 (c = 500, 250, 100, 75, 50), seeded");
        return 0;
    }

    private static void print(String title, Registry<?> registry) {
        System.out.println();
        System.out.println(title + ":");
        for (Entry<?> entry : registry.entries()) {
            StringBuilder extra = new StringBuilder();
            if (!entry.aliases().isEmpty()) {
                extra.append(" (also ").append(String.join(", ", entry.aliases())).append(")");
            }
            if (!entry.needs().isEmpty()) {
                extra.append(" [needs ").append(String.join(", ", entry.needs().stream().map(Need::toString).toList()))
                        .append("]");
            }
            if (!entry.options().isEmpty()) {
                extra.append(" [options ").append(String.join(", ", entry.options().stream().map(Key::name).toList()))
                        .append("]");
            }
            System.out.printf("  %-20s %s%s%n", entry.name(), entry.description(), extra);
        }
    }
}
