package io.falbench.datasets;

import io.falbench.datasets.fetch.DatasetSource;
import io.falbench.datasets.format.CifarBinaryReader;
import io.falbench.datasets.format.IdxReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What falbench knows of one data set: its files with SHA-256 of their uncompressed content,
 * where to get them (canonical source first, then fallbacks), and how to read them.
 *
 * @param trainFiles for IDX: images then labels; for CIFAR: the batches in order
 * @param testFiles  likewise for the test split
 */
public record DatasetSpec(
        String name,
        String description,
        DatasetFormat format,
        List<String> classNames,
        List<DataFile> trainFiles,
        List<DataFile> testFiles,
        List<DatasetSource> sources,
        String licence) {

    public List<DataFile> files() {
        List<DataFile> all = new ArrayList<>(trainFiles);
        all.addAll(testFiles);
        return List.copyOf(all);
    }

    public int numClasses() {
        return classNames.size();
    }

    /** This data set's folder under a data directory. */
    public Path directory(Path dataDir) {
        return dataDir.resolve(name);
    }

    /** The command a user runs to (re)fetch this data set. */
    public String repairCommand() {
        return "scripts/falbench datasets fetch " + name;
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
        String remedy = "delete it and run " + repairCommand();
        return switch (format) {
            case IDX -> IdxReader.read(dir.resolve(split.get(0).name()), dir.resolve(split.get(1).name()), remedy);
            case CIFAR_BINARY -> CifarBinaryReader.read(split.stream().map(f -> dir.resolve(f.name())).toList(), remedy);
        };
    }
}
