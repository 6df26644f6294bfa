package io.falbench.strategy;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.Uncertainty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Query strategies by name, as protocol files and the command line name them, on a kernels backend. */
public final class StrategyRegistry {

    /** beta of IWKMeans and two-step KMeans: candidates kept per query (OpenAL: 10). */
    public static final int BETA = 10;

    private static final Map<String, Function<Kernels, QueryStrategy>> STRATEGIES = new LinkedHashMap<>();

    static {
        STRATEGIES.put("random", kernels -> new RandomSampling());
        STRATEGIES.put("least-confidence", k -> new UncertaintySampling("least-confidence", Uncertainty.LEAST_CONFIDENCE, k));
        STRATEGIES.put("margin", k -> new UncertaintySampling("margin", Uncertainty.MARGIN, k));
        STRATEGIES.put("entropy", k -> new UncertaintySampling("entropy", Uncertainty.ENTROPY, k));
        STRATEGIES.put("kmeans", KMeansSampling::new);
        STRATEGIES.put("iwkmeans", k -> new IWKMeansSampling(k, BETA));
        STRATEGIES.put("two-step-kmeans", k -> new TwoStepKMeans(k, BETA));
        STRATEGIES.put("coreset", CoreSetSampling::new);
        STRATEGIES.put("badge", BadgeSampling::new);
    }

    private StrategyRegistry() {
    }

    public static List<String> names() {
        return List.copyOf(STRATEGIES.keySet());
    }

    public static QueryStrategy create(String name, Kernels kernels) {
        Function<Kernels, QueryStrategy> factory = STRATEGIES.get(name.trim().toLowerCase(Locale.ROOT));
        if (factory == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; known: " + String.join(", ", names()));
        }
        return factory.apply(kernels);
    }
}
