package io.falbench.partition;

import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import io.falbench.settings.Options;

/**
 * Partitioners by name, written {@code NAME} or {@code NAME:PARAMETER} in a protocol ({@code homogeneous},
 * {@code dirichlet:0.5}, {@code dir-balance:0.1}, {@code dir-balance-logo:0.1}, {@code kmeans}, {@code kmeans:0.2},
 * {@code file:split.json}, {@code class-counts:counts.json}).
 */
public final class Partitioners {

    /** Makes a partitioner from the parameter after the colon (null when none was written) and its options. */
    @FunctionalInterface
    public interface Factory {
        Partitioner create(Double parameter, String spec, Options options);
    }

    public static final Registry<Factory> REGISTRY = new Registry<>("partition",
            Entry.<Factory>of("homogeneous", "stratified: every client gets the global class mix",
                    (p, spec, o) -> new Homogeneous()).aliases("iid"),
            Entry.<Factory>of("dirichlet", "dirichlet:ALPHA, per-class Dir(alpha) shares (NIID-Bench noniid-labeldir)",
                    (p, spec, o) -> new DirichletPerClass(requireAlpha(spec, p))).aliases("noniid-labeldir"),
            Entry.<Factory>of("dir-balance", "dir-balance:ALPHA, Dirichlet label mix, equal client sizes (LoGo,"
                    + " FairFAL)", (p, spec, o) -> new BalancedDirichlet(requireAlpha(spec, p),
                    o.get(BalancedDirichlet.LARGEST_FIRST))).aliases("dir_balance", "balanced-dirichlet")
                    .options(BalancedDirichlet.LARGEST_FIRST),
            Entry.<Factory>of("dir-balance-logo", "dir-balance-logo:ALPHA, LoGo's own dir_balance: ceil rounding,"
                    + " random fill up to ceil(N/K) per client", (p, spec, o) -> new LogoBalancedDirichlet(
                    requireAlpha(spec, p))),
            Entry.<Factory>of("file", "file:PATH, a JSON list of index lists, one per client (e.g. KAFAL's shipped"
                    + " split)", (p, spec, o) -> FilePartition.of(java.nio.file.Path.of(pathOf(spec)))),
            Entry.<Factory>of("class-counts", "class-counts:PATH, a JSON list of per-client class counts (e.g. another"
                    + " code's Dirichlet draw), samples dealt by a seeded shuffle within each class",
                    (p, spec, o) -> ClassCountsPartition.of(java.nio.file.Path.of(pathOf(spec)))),
            Entry.<Factory>of("kmeans", "kmeans[:COMMON_FRACTION], common homogeneous support + k-means clusters"
                    + " (Dataiku study; default 0.2)", (p, spec, o) -> new KMeansSplit(commonFraction(spec, p)))
                    .aliases("kmeans-split"));

    private Partitioners() {
    }

    /** Parses e.g. {@code homogeneous}, {@code dirichlet:0.5}, {@code dir-balance:0.1}, {@code kmeans}. */
    public static Partitioner parse(String spec) {
        return parse(spec, Options.DEFAULTS);
    }

    /** As {@link #parse(String)}, with the protocol's options for the partitioners that read some. */
    public static Partitioner parse(String spec, Options options) {
        String[] parts = spec.strip().split(":", 2);
        if (parts[0].equals("file") || parts[0].equals("class-counts")) {
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("partition '" + spec + "' needs a path, e.g. " + parts[0]
                        + ":split.json");
            }
            return REGISTRY.factory(parts[0]).create(null, spec, options);
        }
        Double parameter;
        try {
            parameter = parts.length > 1 ? Double.valueOf(parts[1]) : null;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("partition '" + spec + "': '" + parts[1] + "' is not a number");
        }
        return REGISTRY.factory(parts[0]).create(parameter, spec, options);
    }

    private static String pathOf(String spec) {
        return spec.strip().substring(spec.strip().indexOf(':') + 1);
    }

    private static double requireAlpha(String spec, Double alpha) {
        if (alpha == null || !(alpha > 0)) {
            throw new IllegalArgumentException("partition '" + spec + "' needs a positive alpha, e.g. "
                    + spec.split(":")[0] + ":0.1");
        }
        return alpha;
    }

    private static double commonFraction(String spec, Double fraction) {
        if (fraction == null) {
            return 0.2;
        }
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("partition '" + spec + "' needs a common fraction in [0, 1), e.g."
                    + " kmeans:0.2");
        }
        return fraction;
    }
}
