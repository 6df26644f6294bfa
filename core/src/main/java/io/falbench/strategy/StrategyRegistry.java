package io.falbench.strategy;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;
import java.util.List;

/**
 * Query strategies by name, as protocol files and the command line name them, on a kernels backend. Each entry is
 * the strategy's one declaration: name, aliases, description, the options it reads and what it {@link Need needs}
 * (the query step computes exactly that, {@code falbench list} prints it).
 */
public final class StrategyRegistry {

    /** beta of IWKMeans and two-step KMeans: candidates kept per query (OpenAL: 10). */
    public static final int BETA = 10;

    /** Makes a strategy on a kernels backend with the protocol's options. */
    @FunctionalInterface
    public interface Factory {
        QueryStrategy create(Kernels kernels, Options options);
    }

    public static final Registry<Factory> REGISTRY = new Registry<>("strategy",
            Entry.<Factory>of("random", "uniformly at random", (k, o) -> new RandomSampling()),
            Entry.<Factory>of("least-confidence", "highest 1 - max p (Lewis and Gale 1994)",
                    (k, o) -> new UncertaintySampling(Uncertainty.LEAST_CONFIDENCE, k))
                    .aliases("lc").needs(Need.PREDICTIONS),
            Entry.<Factory>of("margin", "highest 1 - (p1 - p2) (Scheffer et al. 2001)",
                    (k, o) -> new UncertaintySampling(Uncertainty.MARGIN, k)).needs(Need.PREDICTIONS),
            Entry.<Factory>of("entropy", "highest entropy / log C (Shannon; as FairFAL)",
                    (k, o) -> new UncertaintySampling(Uncertainty.ENTROPY, k)).needs(Need.PREDICTIONS),
            Entry.<Factory>of("kmeans", "k-means on embeddings, one sample per centroid (cardinal)",
                    StrategyRegistry::kmeans).options(KMeansSampling.VARIANT, KMeansSampling.N_INIT,
                    KMeansSampling.MAX_ITER, Geometry.ASSIGNMENT_METRIC).needs(Need.EMBEDDINGS),
            Entry.<Factory>of("iwkmeans", "incremental weighted k-means, labelled samples as fixed centres (OpenAL)",
                    (k, o) -> new IWKMeansSampling(k, BETA, o.get(IWKMeansSampling.VARIANT),
                            o.get(IWKMeansSampling.N_INIT), o.get(Geometry.ASSIGNMENT_METRIC)))
                    .options(IWKMeansSampling.VARIANT, IWKMeansSampling.N_INIT, Geometry.ASSIGNMENT_METRIC)
                    .needs(Need.PREDICTIONS, Need.EMBEDDINGS, Need.LABELLED),
            Entry.<Factory>of("two-step-kmeans", "top beta*b by margin, then k-means (Zhdanov 2019)",
                    (k, o) -> new TwoStepKMeans(kmeans(k, o), BETA)).options(KMeansSampling.VARIANT,
                    KMeansSampling.N_INIT, KMeansSampling.MAX_ITER, Geometry.ASSIGNMENT_METRIC)
                    .needs(Need.PREDICTIONS, Need.EMBEDDINGS),
            Entry.<Factory>of("coreset", "greedy k-center from the labelled set (Sener and Savarese 2018)",
                    (k, o) -> new CoreSetSampling(k)).aliases("core-set").needs(Need.EMBEDDINGS, Need.LABELLED),
            Entry.<Factory>of("badge", "k-means++ seeding on gradient embeddings (Ash et al. 2020)",
                    (k, o) -> new BadgeSampling(k)).needs(Need.PREDICTIONS, Need.EMBEDDINGS),
            Entry.<Factory>of("typiclust", "most typical sample of the least-labelled k-means clusters, on the model's"
                    + " normalised embeddings or embeddings.file's (Hacohen et al. 2022)",
                    (k, o) -> new TypiClustSampling(k)).options(EmbeddingsFile.KEY)
                    .needs(Need.EMBEDDINGS, Need.LABELLED),
            Entry.<Factory>of("probcover", "greedy max coverage by delta-balls, on the model's normalised embeddings"
                    + " or embeddings.file's (Yehuda et al. 2022)",
                    (k, o) -> new ProbCoverSampling(k, o.get(ProbCoverSampling.DELTA), o.get(ProbCoverSampling.PURITY)))
                    .aliases("prob-cover")
                    .options(ProbCoverSampling.DELTA, ProbCoverSampling.PURITY, EmbeddingsFile.KEY)
                    .needs(Need.PREDICTIONS, Need.EMBEDDINGS, Need.LABELLED),
            Entry.<Factory>of("alfa-mix", "k-means over the candidates whose predicted class changes when their"
                    + " embedding is mixed towards a labelled class mean (Parvaneh et al. 2022)",
                    (k, o) -> new AlfaMixSampling(k)).aliases("alfamix")
                    .needs(Need.PREDICTIONS, Need.EMBEDDINGS, Need.LABELLED, Need.HEAD),
            Entry.<Factory>of("bald", "highest mutual information between prediction and weights over"
                    + " bald.passes Monte Carlo dropout passes; needs model.dropout > 0 (Houlsby et al. 2011,"
                    + " Gal et al. 2017)", (k, o) -> new BaldSampling(o.get(BaldSampling.PASSES)))
                    .options(BaldSampling.PASSES).needs(Need.DROPOUT_PREDICTIONS));

    private StrategyRegistry() {
    }

    private static KMeansSampling kmeans(Kernels kernels, Options options) {
        return new KMeansSampling(kernels, options.get(KMeansSampling.N_INIT), options.get(KMeansSampling.MAX_ITER),
                options.get(Geometry.ASSIGNMENT_METRIC), options.get(KMeansSampling.VARIANT));
    }

    public static List<String> names() {
        return REGISTRY.names();
    }

    /** What the named strategy declares it needs from the round. */
    public static List<Need> needs(String name) {
        return REGISTRY.get(name).needs();
    }

    public static QueryStrategy create(String name, Kernels kernels) {
        return create(name, kernels, Options.DEFAULTS);
    }

    public static QueryStrategy create(String name, Kernels kernels, Options options) {
        return REGISTRY.factory(name).create(kernels, options);
    }
}
