package io.falbench.cli;

import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.MnistMini;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code falbench datasets make-mini}: rebuilds the embedded MNIST subset from the verified full MNIST. */
@Command(name = "make-mini", description = "Rebuild the embedded stratified MNIST subset (mnist-mini) from verified MNIST.")
final class DatasetsMakeMini implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out = FalbenchHome.resolve("datasets/src/main/resources/io/falbench/datasets/mnist-mini");

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws IOException {
        Dataset mnist = DatasetLoader.loadVerified(DatasetRegistry.MNIST, dataDir.resolve(), System.out::println);
        Map<String, String> hashes = MnistMini.make(mnist, out);
        System.out.println("wrote " + MnistMini.TRAIN_SIZE + " train / " + MnistMini.TEST_SIZE
                + " test images (seed " + MnistMini.SEED + ") to " + out);
        hashes.forEach((file, sha) -> System.out.println("  " + file + "  sha256 " + sha));
        return 0;
    }
}
