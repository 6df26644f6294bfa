package io.falbench.experiment;

import io.falbench.datasets.DataFile;
import io.falbench.datasets.Dataset;
import io.falbench.datasets.DatasetLoader;
import io.falbench.datasets.DatasetRegistry;
import io.falbench.datasets.DatasetSpec;
import io.falbench.datasets.ImageSet;
import io.falbench.datasets.transform.LongTail;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A protocol's data after verification and transforms: the (possibly long-tailed) training set and the test set. */
public record PreparedData(DatasetSpec spec, ImageSet train, ImageSet test, int numClasses) {

    public static PreparedData prepare(Protocol protocol, Path dataDir, Consumer<String> log) throws IOException {
        DatasetSpec spec = DatasetRegistry.get(protocol.data().dataset());
        Dataset dataset = DatasetLoader.loadVerified(spec, dataDir, log);
        ImageSet train = dataset.train();
        double rho = protocol.data().longTailRho();
        if (rho > 1) {
            train = LongTail.apply(train, spec.numClasses(), rho, protocol.run().seed());
        }
        return new PreparedData(spec, train, dataset.test(), spec.numClasses());
    }

    public Map<String, String> sha256() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (DataFile file : spec.files()) {
            hashes.put(spec.name() + "/" + file.name(), file.sha256());
        }
        return hashes;
    }
}
