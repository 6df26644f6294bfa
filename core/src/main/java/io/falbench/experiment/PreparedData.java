package io.falbench.experiment;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.LongTail;
import io.falbench.datasets.Sha256;
import io.falbench.files.NpyMatrix;
import io.falbench.kernels.Embeddings;
import io.falbench.protocol.Protocol;
import io.falbench.quirks.Quirks;
import io.falbench.runtime.Seeds;
import io.falbench.settings.SettingsException;
import io.falbench.strategy.EmbeddingsFile;
import io.falbench.strategy.Geometry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A protocol's verified data: the training set as published, its long-tailed views for each seed, and the test set.
 * With {@code long_tail.seed = cell} (FairFAL's code draws its long-tailed subset after seeding with the run's seed)
 * each seed index has its own subset; with {@code fixed} every seed shares the subset drawn from the protocol's seed.
 */
public final class PreparedData {

    private final Protocol protocol;
    private final DatasetSpec spec;
    private final ImageSet published;
    private final ImageSet test;
    private final Embeddings embeddings;
    private final String embeddingsSha256;
    private long cachedStream;
    private TrainViews cached;

    private PreparedData(Protocol protocol, DatasetSpec spec, ImageSet published, ImageSet test,
                         Embeddings embeddings, String embeddingsSha256) {
        this.protocol = protocol;
        this.spec = spec;
        this.published = published;
        this.test = test;
        this.embeddings = embeddings;
        this.embeddingsSha256 = embeddingsSha256;
    }

    public static PreparedData prepare(Protocol protocol, Path dataDir, Consumer<String> log) throws IOException {
        return prepare(protocol, protocol.data().spec(), dataDir, log);
    }

    /**
     * The data of {@code protocol} read as {@code spec} says: the registry's entry of its data set, or (in a test) that
     * entry with a fixture's files and hashes in place of the publisher's.
     */
    static PreparedData prepare(Protocol protocol, DatasetSpec spec, Path dataDir, Consumer<String> log)
            throws IOException {
        if (!spec.name().equals(protocol.data().dataset())) {
            throw new IllegalArgumentException("protocol " + protocol.name() + " reads data set "
                    + protocol.data().dataset() + ", not " + spec.name());
        }
        Dataset dataset = DatasetLoader.loadVerified(spec, dataDir, log);
        Optional<Path> file = protocol.options().get(EmbeddingsFile.KEY);
        if (file.isEmpty()) {
            return new PreparedData(protocol, spec, dataset.train(), dataset.test(), null, null);
        }
        Embeddings embeddings = readEmbeddings(protocol, file.get(), dataset.train().size(), spec.name());
        String sha256 = Sha256.of(file.get());
        log.accept("embeddings.file " + file.get() + ": " + embeddings.size() + " x " + embeddings.dim()
                + ", SHA-256 " + sha256);
        return new PreparedData(protocol, spec, dataset.train(), dataset.test(), embeddings, sha256);
    }

    /** The rows of {@code embeddings.file}, one per published training image, every value finite. */
    private static Embeddings readEmbeddings(Protocol protocol, Path file, int trainingImages, String dataset)
            throws IOException {
        NpyMatrix matrix;
        float[] values;
        try {
            matrix = NpyMatrix.header(file);
            if (matrix.rows() != trainingImages) {
                throw new IllegalArgumentException(file + " has " + matrix.rows() + " rows, but " + dataset
                        + " has " + trainingImages + " training images; write one row per training image, in the"
                        + " data set's order (docs/parity.md)");
            }
            values = matrix.read();
        } catch (IllegalArgumentException e) {
            throw new SettingsException(protocol.where(EmbeddingsFile.KEY) + ": '" + EmbeddingsFile.KEY.name() + " = " + file + "': "
                    + e.getMessage());
        }
        return new Embeddings(matrix.rows(), matrix.columns(), values);
    }

    /**
     * The {@code embeddings.file} rows of the query view of seed index {@code seed}, row i for position i (the
     * published training index {@link TrainViews#queryOrigins} names), if the protocol sets the file.
     */
    public Optional<Embeddings> embeddings(int seed) {
        return embeddings == null ? Optional.empty()
                : Optional.of(Geometry.rows(embeddings, views(seed).queryOrigins()));
    }

    public DatasetSpec spec() {
        return spec;
    }

    public ImageSet test() {
        return test;
    }

    public int numClasses() {
        return spec.numClasses();
    }

    /** Training images per seed (the long tail keeps the same count per class whatever its seed). */
    public int trainSize() {
        double rho = protocol.data().longTailRho();
        return rho <= 1 ? published.size()
                : LongTail.indices(published.labels(), spec.numClasses(), rho, protocol.run().seed()).length;
    }

    /**
     * The training and query views of the cells of seed index {@code seed}. The views of the last long-tail draw are
     * kept: cells run seed innermost, and with {@code long_tail.seed = fixed} (or no long tail) every seed shares
     * one draw, made once.
     */
    public synchronized TrainViews views(int seed) {
        long stream = stream(seed);
        if (cached == null || stream != cachedStream) {
            cached = draw(stream);
            cachedStream = stream;
        }
        return cached;
    }

    /** The long-tail stream of seed index {@code seed}: its own, or the protocol seed's for every seed. */
    private long stream(int seed) {
        return protocol.data().longTailPerCell() && protocol.data().longTailRho() > 1
                ? Seeds.derive(Seeds.root(protocol.run().seed(), seed), "long-tail")
                : protocol.run().seed();
    }

    private TrainViews draw(long stream) {
        double rho = protocol.data().longTailRho();
        if (rho <= 1) {
            return TrainViews.single(published, IntStream.range(0, published.size()).toArray());
        }
        int[] kept = LongTail.indices(published.labels(), spec.numClasses(), rho, stream);
        ImageSet train = published.subset(kept);
        if (!protocol.run().quirks().contains(Quirks.LONG_TAIL_TWO_VIEWS)) {
            return TrainViews.single(train, kept);
        }
        int[] second = LongTail.indices(published.labels(), spec.numClasses(), rho,
                Seeds.derive(stream, "long-tail-query-view"));
        int[] paired = LongTail.pairByClass(published.labels(), kept, second, spec.numClasses(),
                Seeds.stream(stream, "long-tail-query-order"));
        return new TrainViews(train, published.subset(paired), paired);
    }

    public Map<String, String> sha256() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (DataFile file : spec.files()) {
            hashes.put(spec.name() + "/" + file.name(), file.sha256());
        }
        if (embeddings != null) {
            hashes.put(EmbeddingsFile.KEY.name() + "/" + protocol.options().get(EmbeddingsFile.KEY).orElseThrow()
                    .getFileName(), embeddingsSha256);
        }
        return hashes;
    }
}
