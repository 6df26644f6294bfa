package io.falbench.kernels.java;

import io.falbench.kernels.Embeddings;
import io.falbench.kernels.Extremum;
import io.falbench.kernels.GradientEmbeddings;
import io.falbench.kernels.Hungarian;
import io.falbench.kernels.IncrementalKMeansOptions;
import io.falbench.kernels.KMeansOptions;
import io.falbench.kernels.KMeansResult;
import io.falbench.kernels.Kernels;
import io.falbench.kernels.Metric;
import io.falbench.kernels.RowExtrema;
import java.util.SplittableRandom;

/**
 * What every backend shares: the selection rules ({@link Seeding}), the k-means steps ({@link WeightedKMeans},
 * {@link IncrementalMiniBatchKMeans}) and the assignment ({@link Hungarian}). A backend supplies the distance passes, where the time goes.
 */
public abstract class BackendKernels implements Kernels {

    protected abstract CentreDistances gradientPass(GradientEmbeddings points, GradientEmbeddings anchors);

    protected abstract CentreDistances embeddingPass(Embeddings points, Embeddings anchors);

    protected abstract PointSearch pointSearch(Embeddings points);

    /** Hook after a gradient seeding pass completed (the java backend records its pruning rate). */
    void finished(CentreDistances pass) {
    }

    @Override
    public int[] kMeansPlusPlus(GradientEmbeddings embeddings, int k, long seed) {
        try (CentreDistances pass = gradientPass(embeddings, GradientEmbeddings.empty(embeddings.classes(), embeddings.features()))) {
            int[] selected = Seeding.kMeansPlusPlus(pass, k, seed);
            finished(pass);
            return selected;
        }
    }

    @Override
    public int[] kMeansPlusPlus(Embeddings embeddings, int k, long seed) {
        try (CentreDistances pass = embeddingPass(embeddings, Embeddings.empty(embeddings.dim()))) {
            return Seeding.kMeansPlusPlus(pass, k, seed);
        }
    }

    @Override
    public int[] kCenterGreedy(GradientEmbeddings candidates, GradientEmbeddings anchors, int k, int firstWithoutAnchors) {
        try (CentreDistances pass = gradientPass(candidates, anchors)) {
            int[] selected = Seeding.kCenterGreedy(pass, k, firstWithoutAnchors);
            finished(pass);
            return selected;
        }
    }

    @Override
    public int[] kCenterGreedy(Embeddings candidates, Embeddings anchors, int k, int firstWithoutAnchors) {
        try (CentreDistances pass = embeddingPass(candidates, anchors)) {
            return Seeding.kCenterGreedy(pass, k, firstWithoutAnchors);
        }
    }

    @Override
    public KMeansResult weightedKMeans(Embeddings points, float[] weights, Embeddings fixedCentres, KMeansOptions options) {
        return WeightedKMeans.run(points, weights, fixedCentres, null, options, this::pointSearch);
    }

    @Override
    public KMeansResult weightedKMeans(Embeddings points, float[] weights, Embeddings fixedCentres, Embeddings start,
                                       KMeansOptions options) {
        return WeightedKMeans.run(points, weights, fixedCentres, start, options, this::pointSearch);
    }

    @Override
    public KMeansResult incrementalKMeans(Embeddings points, float[] weights, Embeddings fixedCentres,
                                          IncrementalKMeansOptions options) {
        return IncrementalMiniBatchKMeans.run(points, weights, fixedCentres, options, this::pointSearch);
    }

    @Override
    public float[] greedySeeding(Embeddings points, Embeddings fixedCentres, int free,
                                 SplittableRandom random) {
        checkDims(points.dim(), fixedCentres.dim());
        try (PointSearch search = pointSearch(points)) {
            return GreedySeeding.centres(points, fixedCentres.values(), fixedCentres.size(), free, random, search);
        }
    }

    @Override
    public float[] pairwiseDistances(Embeddings rows, Embeddings columns, Metric metric) {
        checkDims(rows.dim(), columns.dim());
        try (PointSearch search = pointSearch(rows)) {
            return search.distances(columns.values(), columns.size(), metric);
        }
    }

    @Override
    public RowExtrema prototypeDistances(Embeddings points, Embeddings prototypes, Metric metric, Extremum extremum) {
        checkDims(points.dim(), prototypes.dim());
        try (PointSearch search = pointSearch(points)) {
            return search.search(prototypes.values(), prototypes.size(), metric, extremum);
        }
    }

    static void checkDims(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("dimensions differ: " + a + " vs " + b);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
