package io.falbench.experiment;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.ImageSet;
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
    private int cachedSeed = -1;
    private TrainViews cached;

    private PreparedData(Protocol protocol, DatasetSpec spec, ImageSet published, ImageSet test) {
        this.protocol = protocol;
        this.spec = spec;
        this.published = published;
        this.test = test;
    }

    public static PreparedData prepare(Protocol protocol, Path dataDir, Consumer<String> log) throws IOException {
        DatasetSpec spec = DatasetRegistry.get(protocol.data().dataset());
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

    /** The training and query views of the cells of seed index {@code seed}; the last seed's views are kept. */
    public synchronized TrainViews views(int seed) {
        if (seed != cachedSeed) {
            cached = draw(seed);
            cachedSeed = seed;
        }
        return cached;
    }

    private TrainViews draw(int seed) {
        double rho = protocol.data().longTailRho();
        if (rho <= 1) {
            return TrainViews.single(published);
        }
        long stream = protocol.data().longTailPerCell()
                ? Seeds.derive(Seeds.root(protocol.run().seed(), seed), "long-tail")
                : protocol.run().seed();
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
