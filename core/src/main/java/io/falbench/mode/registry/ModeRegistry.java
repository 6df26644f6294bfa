package io.falbench.mode.registry;

import io.falbench.kernels.Kernels;
import io.falbench.mode.CentralizedQuery;
import io.falbench.mode.ClientAloneQuery;
import io.falbench.mode.FalGlobalQuery;
import io.falbench.mode.FalMode;
import io.falbench.mode.FederatedQuery;
import io.falbench.mode.KafalQuery;
import io.falbench.mode.LocalFineTunedQuery;
import io.falbench.mode.LogoQuery;
import io.falbench.mode.SeparatedQuery;
import io.falbench.mode.chase.ChaseQuery;
import io.falbench.mode.fairfal.FairFalQuery;
import io.falbench.mode.feal.FealQuery;
import io.falbench.mode.ifal.IfalQuery;
import io.falbench.quirks.Quirks;
import io.falbench.registry.Entry;
import io.falbench.registry.Need;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;
import io.falbench.strategy.Geometry;
import io.falbench.strategy.StrategyRegistry;
import java.util.List;

/**
 * FAL modes by name, as protocol files and the command line name them. Each entry is the mode's one declaration:
 * name, aliases, description, the options it reads and whether it brings {@link Need#OWN_QUERY_RULE its own query
 * rule} (then a protocol runs it once per seed, whatever its strategies).
 */
public final class ModeRegistry {

    /** Makes a fresh mode (modes may keep state across a cell's rounds, e.g. FairFAL's frozen gamma_bar). */
    @FunctionalInterface
    public interface Factory {
        FalMode create(Kernels kernels, Options options);
    }

    public static final Registry<Factory> REGISTRY = new Registry<>("mode",
            Entry.<Factory>of("f-al", "each client queries its quota with the federated model (Ahn et al. 2022)",
                    (k, o) -> new FederatedQuery()).aliases("fal"),
            Entry.<Factory>of("s-al", "each client queries with a model trained on its own labels (Ahn et al. 2022)",
                    (k, o) -> new SeparatedQuery()).aliases("sal"),
            Entry.<Factory>of("fal-global", "server-side diversity by federated k-means, every client keeps its quota"
                    + " (Dataiku study)", (k, o) -> new FalGlobalQuery(k, true, o.get(FalGlobalQuery.REFINE_ROUNDS),
                    StrategyRegistry.BETA, o.get(Geometry.ASSIGNMENT_METRIC)))
                    .options(FalGlobalQuery.REFINE_ROUNDS, Geometry.ASSIGNMENT_METRIC),
            Entry.<Factory>of("fal-global-noquota", "server-side diversity by federated k-means, the budget goes"
                    + " wherever it lands (Dataiku study)", (k, o) -> new FalGlobalQuery(k, false,
                    o.get(FalGlobalQuery.REFINE_ROUNDS), StrategyRegistry.BETA, o.get(Geometry.ASSIGNMENT_METRIC)))
                    .options(FalGlobalQuery.REFINE_ROUNDS, Geometry.ASSIGNMENT_METRIC),
            Entry.<Factory>of("fal-local", "the federated model fine-tuned on the client's labels (Dataiku study)",
                    (k, o) -> new LocalFineTunedQuery()),
            Entry.<Factory>of("kafal", "knowledge-aware symmetric KL of global and local predictions (Cao et al."
                    + " ICCV 2023)", (k, o) -> new KafalQuery(o.get(KafalQuery.PRIOR), o.get(KafalQuery.LOCAL_MODEL),
                    o.get(KafalQuery.KCFU), Quirks.on(o, Quirks.KAFAL_MIXUP_ONE_PARTNER),
                    Quirks.on(o, Quirks.KAFAL_STALE_UNLABELLED)))
                    .options(KafalQuery.PRIOR, KafalQuery.LOCAL_MODEL, KafalQuery.KCFU)
                    .needs(Need.OWN_QUERY_RULE),
            Entry.<Factory>of("logo", "local k-means macro step, global entropy micro step (Kim et al. CVPR 2023)",
                    (k, o) -> new LogoQuery(k, o.get(LogoQuery.KMEANS), o.get(LogoQuery.REFILL)))
                    .options(LogoQuery.KMEANS, LogoQuery.REFILL).needs(Need.OWN_QUERY_RULE),
            Entry.<Factory>of("centralized", "upper bound: all data in one place, same AL", (k, o) -> new CentralizedQuery()),
            Entry.<Factory>of("client-alone", "lower bound: each client alone, mean over clients",
                    (k, o) -> new ClientAloneQuery()),
            Entry.<Factory>of("fairfal", "adaptive global/local model, prototype pseudo-labels, two-stage class-balanced"
                    + " query (Zong and Huang CVPR 2026)", (k, o) -> new FairFalQuery(k, o.get(FairFalQuery.DELTA),
                    o.get(FairFalQuery.KAPPA), o.get(FairFalQuery.QUERY_MODEL)))
                    .options(FairFalQuery.DELTA, FairFalQuery.KAPPA, FairFalQuery.QUERY_MODEL)
                    .needs(Need.OWN_QUERY_RULE),
            Entry.<Factory>of("feal", "evidential training; global Dirichlet entropy times global and local expected"
                    + " entropy, neighbour relaxation (Chen et al. CVPR 2024)", (k, o) -> new FealQuery(
                    o.get(FealQuery.KL_WEIGHT), o.get(FealQuery.ANNEALING_STEP), o.get(FealQuery.NEIGHBOURS),
                    o.get(FealQuery.COSINE), o.get(FealQuery.SUBSET)))
                    .options(FealQuery.KL_WEIGHT, FealQuery.ANNEALING_STEP, FealQuery.NEIGHBOURS, FealQuery.COSINE,
                            FealQuery.SUBSET)
                    .needs(Need.OWN_QUERY_RULE),
            Entry.<Factory>of("ifal", "inter- and intra-model inconsistency of global, local and distilled models'"
                    + " neighbour-vote probabilities, Otsu filter, k-means picks (Zong, Jin and Huang IJCAI 2025)",
                    (k, o) -> new IfalQuery(k, Quirks.on(o, Quirks.IFAL_EARLY_STOP_LAST_WEIGHTS)))
                    .needs(Need.OWN_QUERY_RULE),
            Entry.<Factory>of("chase", "epistemic variation across local epochs, an alignment loss against the global"
                    + " and previous local models, freeze and awaken (Zhang et al. TKDE 2025)", (k, o) -> new ChaseQuery(
                    o.get(ChaseQuery.SUBSET), o.get(ChaseQuery.ALIGNMENT_WEIGHT), o.get(ChaseQuery.TEMPERATURE),
                    o.get(ChaseQuery.AWAKEN), Quirks.on(o, Quirks.CHASE_ALIGN_GLOBAL), o.get(ChaseQuery.CAPACITY)))
                    .options(ChaseQuery.SUBSET, ChaseQuery.ALIGNMENT_WEIGHT, ChaseQuery.TEMPERATURE, ChaseQuery.AWAKEN,
                            ChaseQuery.CAPACITY)
                    .needs(Need.OWN_QUERY_RULE));

    private ModeRegistry() {
    }

    public static List<String> names() {
        return REGISTRY.names();
    }

    public static FalMode create(String name, Kernels kernels, Options options) {
        return REGISTRY.factory(name).create(kernels, options);
    }

    /** Whether the named mode brings its own query rule (the protocol's strategies do not apply). */
    public static boolean ownsQueryRule(String name) {
        return REGISTRY.get(name).needs().contains(Need.OWN_QUERY_RULE);
    }
}
