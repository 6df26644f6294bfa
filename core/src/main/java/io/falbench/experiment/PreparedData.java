package io.falbench.experiment;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.image.ImageSet;
import io.falbench.datasets.transform.LongTail;
import io.falbench.protocol.Protocol;
import io.falbench.quirks.Quirks;
import io.falbench.runtime.Seeds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

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
    private long cachedStream;
    private TrainViews cached;

    private PreparedData(Protocol protocol, DatasetSpec spec, ImageSet published, ImageSet test) {
        this.protocol = protocol;
        this.spec = spec;
        this.published = published;
        this.test = test;
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
        return new PreparedData(protocol, spec, dataset.train(), dataset.test());
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
            return TrainViews.single(published);
        }
        int[] kept = LongTail.indices(published.labels(), spec.numClasses(), rho, stream);
        ImageSet train = published.subset(kept);
        if (!protocol.run().quirks().contains(Quirks.LONG_TAIL_TWO_VIEWS)) {
            return TrainViews.single(train);
        }
        int[] second = LongTail.indices(published.labels(), spec.numClasses(), rho,
                Seeds.derive(stream, "long-tail-query-view"));
        return new TrainViews(train, published.subset(LongTail.pairByClass(published.labels(), kept, second,
                spec.numClasses(), Seeds.stream(stream, "long-tail-query-order"))));
    }

    public Map<String, String> sha256() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (DataFile file : spec.files()) {
            hashes.put(spec.name() + "/" + file.name(), file.sha256());
        }
        return hashes;
    }
}
