package io.falbench.cli;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.LongTail;
import io.falbench.datasets.transform.ShotNoise;
import io.falbench.protocol.DataSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code falbench datasets info NAME}: files, counts and class histograms, optionally after a transform. */
@Command(name = "info", description = "Show a data set's files, sizes and class histograms (verified first).")
final class DatasetsInfo implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "a data set name or alias (falbench list)")
    String name;

    @Option(names = "--long-tail", paramLabel = "RHO", description = "show the training set after long-tailed subsampling with imbalance ratio RHO")
    Double imbalanceRatio;

    @Option(names = "--shot-noise", paramLabel = "SEVERITY", description = "show pixel statistics after shot noise of severity 1..5")
    Integer shotNoiseSeverity;

    @Option(names = "--seed", description = "seed of the transforms (default: ${DEFAULT-VALUE})")
    long seed = 0;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() throws IOException {
        DatasetSpec spec = DataSets.REGISTRY.factory(name);
        Path dir = dataDir.resolve();
        Dataset dataset = DatasetLoader.loadVerified(spec, dir, System.out::println);
        System.out.println(spec.name() + ": " + spec.description());
        if (!spec.aliases().isEmpty()) {
            System.out.println("also: " + String.join(", ", spec.aliases()));
        }
        System.out.println("licence: " + spec.licence());
        System.out.println("directory: " + spec.directory(dir));
        for (DataFile file : spec.files()) {
            System.out.printf("  %-26s %,12d bytes  sha256 %s%n", file.name(), file.bytes(), file.sha256());
        }
        spec.archive().ifPresent(archive -> System.out.printf("publisher's archive: %s %,d bytes  sha256 %s%n",
                archive.name(), archive.bytes(), archive.sha256()));
        System.out.println("classes: " + String.join(", ", spec.classNames()));
        System.out.println("images: " + spec.shape() + "; normalisation: reference " + spec.referenceNormalization()
                + ", kafal " + spec.kafalNormalization().map(Object::toString).orElse("(none known)"));
        ImageSet train = dataset.train();
        if (imbalanceRatio != null) {
            train = LongTail.apply(train, spec.numClasses(), imbalanceRatio, seed);
            System.out.println("long-tailed training set, rho = " + imbalanceRatio + ", seed " + seed);
        }
        describe("train", train, spec.numClasses());
        describe("test", dataset.test(), spec.numClasses());
        if (shotNoiseSeverity != null) {
            ImageSet noisy = ShotNoise.apply(dataset.test(), shotNoiseSeverity, seed);
            System.out.printf("shot noise severity %d on test: pixel mean %.4f -> %.4f, variance %.4f -> %.4f%n",
                    shotNoiseSeverity, mean(dataset.test().pixels()), mean(noisy.pixels()),
                    variance(dataset.test().pixels()), variance(noisy.pixels()));
        }
        return 0;
    }

    private static void describe(String split, ImageSet set, int numClasses) {
        int[] histogram = set.classHistogram(numClasses);
        System.out.printf("%-5s %,7d images %dx%dx%d  per class %s%n", split, set.size(), set.channels(),
                set.height(), set.width(), Arrays.toString(histogram));
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(float[] values) {
        double m = mean(values);
        double sum = 0;
        for (float v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / values.length;
    }
}
