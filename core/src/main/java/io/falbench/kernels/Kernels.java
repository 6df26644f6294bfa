package io.falbench.kernels;

import java.util.SplittableRandom;

/**
 * The hot kernels of a query round behind one interface, one implementation per backend ("java", the reference;
 * "nd4j"; "djl"), chosen by name through {@link io.falbench.kernels.registry.KernelsRegistry}. Inputs and outputs are
 * plain float[]/int[]; native memory never crosses this interface. Selections use only the seed given, so backends
 * agree on them.
 */
public interface Kernels {

    /** The registry name of this backend. */
    String name();

    /** ||g_i||^2 = ||r_i||^2 ||h_i||^2 of factorised gradient embeddings. */
    float[] gradientSquaredNorms(GradientEmbeddings embeddings);

    /** n x m squared distances between factorised gradient embeddings, ||a(x)b - c(x)d||^2 = ||a||^2||b||^2 + ||c||^2||d||^2 - 2(a.c)(b.d). */
    float[] gradientDistances(GradientEmbeddings rows, GradientEmbeddings columns);

    /** BADGE k-means++ seeding: first centre the largest norm, then D^2 sampling from SplittableRandom(seed). */
    int[] kMeansPlusPlus(GradientEmbeddings embeddings, int k, long seed);

    /** k-means++ seeding with BADGE semantics on plain embeddings. */
    int[] kMeansPlusPlus(Embeddings embeddings, int k, long seed);

    /** Greedy k-center (farthest first, squared Euclidean) from the anchors; without anchors from firstWithoutAnchors (-1: largest norm). */
    int[] kCenterGreedy(GradientEmbeddings candidates, GradientEmbeddings anchors, int k, int firstWithoutAnchors);

    /** Greedy k-center on plain embeddings. */
    int[] kCenterGreedy(Embeddings candidates, Embeddings anchors, int k, int firstWithoutAnchors);

    /** Weighted k-means (Lloyd or mini-batch) whose fixed centres never move (IWKMeans). */
    KMeansResult weightedKMeans(Embeddings points, float[] weights, Embeddings fixedCentres, KMeansOptions options);

    /**
     * The same from given free centres instead of the k-means++ init (scikit-learn's {@code init=array}): as many rows
     * as {@code options.freeCentres()}; the seed then only drives mini-batch draws.
     */
    KMeansResult weightedKMeans(Embeddings points, float[] weights, Embeddings fixedCentres, Embeddings start,
                                KMeansOptions options);

    /** cardinal's incremental mini-batch k-means (IWKMeans as OpenAL runs it), fixed centres never moving. */
    KMeansResult incrementalKMeans(Embeddings points, float[] weights, Embeddings fixedCentres,
                                   IncrementalKMeansOptions options);

    /**
     * Greedy k-means++ seeding (scikit-learn's {@code _k_init}, cardinal's with fixed centres): the fixed centres,
     * then {@code free} centres drawn from the points, each the best of 2 + floor(ln k) D^2 draws; row-major.
     */
    float[] greedySeeding(Embeddings points, Embeddings fixedCentres, int free, SplittableRandom random);

    /** n x m distance matrix, row-major. */
    float[] pairwiseDistances(Embeddings rows, Embeddings columns, Metric metric);

    /** Per row, the nearest (MIN) or farthest (MAX) prototype and the distance to it. */
    RowExtrema prototypeDistances(Embeddings points, Embeddings prototypes, Metric metric, Extremum extremum);

    /** One distinct sample per centre at minimum total cost; cost is samples x centres, centres <= samples. */
    default int[] minimumCostAssignment(float[] cost, int samples, int centres) {
        return Hungarian.assign(cost, samples, centres);
    }

    /** Uncertainty score per row of n x C probabilities. */
    float[] uncertainty(float[] probabilities, int size, int classes, Uncertainty measure);
}
