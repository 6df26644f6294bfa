package io.falbench.cli;

import io.falbench.datasets.DatasetImporter;
import io.falbench.datasets.DatasetSpec;
import io.falbench.protocol.DataSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code falbench datasets import NAME PATH...}: a copy the user has, verified before it enters the data directory. */
@Command(name = "import", description = "Bring a copy you already have (the publisher's archive, files of the data"
        + " set, or a folder holding them) into the data directory, each file verified by SHA-256 first.")
final class DatasetsImport implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "a data set name or alias (falbench list)")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = "the publisher's archive (e.g. cifar-100-binary.tar.gz), files of the data set, or folders")
    List<Path> copies;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        DatasetSpec spec = DataSets.REGISTRY.factory(name);
        try {
            new DatasetImporter(System.out::println).importFrom(spec, copies, dataDir.resolve());
            return 0;
        } catch (IOException e) {
            System.err.println("falbench: " + e.getMessage());
            return 1;
        }
    }
}
