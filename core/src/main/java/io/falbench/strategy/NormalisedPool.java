package io.falbench.strategy;

import io.falbench.kernels.Embeddings;

/**
 * A client's pool as TypiClust and ProbCover see it: the labelled samples' penultimate embeddings ({@link EmbeddingsFile}'s rows
 * where given) first, then the
 * candidates', every row scaled to unit Euclidean norm as the official code scales its self-supervised features
 * (avihu111/TypiClust {@code pycls/datasets/utils/features.py} {@code load_features(normalized=True)}). A zero row
 * stays zero.
 *
 * @param points   labelled rows (positions 0..labelled-1), then candidate rows
 * @param labelled how many rows are labelled
 */
record NormalisedPool(Embeddings points, int labelled) {

    /** The labelled samples (none where the input has no labelled predictions) and the candidates. */
    static NormalisedPool of(QueryInput input) {
        Embeddings candidates = Geometry.embeddings(input.predictions());
        if (input.labelledPredictions() == null || input.labelledPredictions().size() == 0) {
            return new NormalisedPool(Geometry.unit(candidates), 0);
        }
        Embeddings labelled = Geometry.embeddings(input.labelledPredictions());
        int dim = candidates.dim();
        float[] values = new float[(labelled.size() + candidates.size()) * dim];
        System.arraycopy(labelled.values(), 0, values, 0, labelled.values().length);
        System.arraycopy(candidates.values(), 0, values, labelled.values().length, candidates.values().length);
        return new NormalisedPool(Geometry.unit(new Embeddings(labelled.size() + candidates.size(), dim, values)),
                labelled.size());
    }

    int size() {
        return points.size();
    }

    int candidates() {
        return points.size() - labelled;
    }
}
