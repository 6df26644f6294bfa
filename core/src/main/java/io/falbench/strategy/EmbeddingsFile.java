package io.falbench.strategy;

import io.falbench.files.NpyMatrix;
import io.falbench.settings.Key;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code embeddings.file}: per-sample embeddings that typiclust and probcover select on in place of the query model's
 * penultimate ones, as their official code selects on the self-supervised SimCLR features it saves once
 * (avihu111/TypiClust {@code pycls/datasets/utils/features.py}). A {@code .npy} matrix ({@link NpyMatrix}), one row
 * per image of the data set's training split in the order falbench's loader reads it (the publisher's order), so
 * row i belongs to original training index i whatever long tail is drawn from it. The protocol checks the header;
 * the run reads the values, checks their count and finiteness and records the file's SHA-256 with the data hashes.
 * Each client holds the rows of its own samples, as it holds their images.
 */
public final class EmbeddingsFile {

    public static final Key<Optional<Path>> KEY = Key.of("embeddings.file", "", "empty or a .npy file",
            "per-sample embeddings typiclust and probcover select on instead of the network's: a 2-D float32/float64"
                    + " .npy, one row per training image in the data set's order (e.g. the official code's SimCLR"
                    + " features, docs/parity.md); empty: the query model's penultimate embeddings",
            EmbeddingsFile::parse);

    private EmbeddingsFile() {
    }

    static Optional<Path> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(text.strip());
        NpyMatrix.header(path);
        return Optional.of(path);
    }

    /** Whether the strategy of that name reads the file (declares the key among its options). */
    public static boolean readBy(String strategy) {
        return StrategyRegistry.REGISTRY.get(strategy).options().contains(KEY);
    }
}
