package io.falbench.partition;

import java.util.Locale;

/** Partitioners by name: homogeneous, dirichlet(alpha), dir-balance(alpha), kmeans. */
public final class Partitioners {

    private Partitioners() {
    }

    /** Parses e.g. {@code homogeneous}, {@code dirichlet:0.5}, {@code dir-balance:0.1}, {@code kmeans}. */
    public static Partitioner parse(String spec) {
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split(":", 2);
        String name = parts[0];
        Double alpha = parts.length > 1 ? Double.valueOf(parts[1]) : null;
        return switch (name) {
            case "homogeneous", "iid" -> new Homogeneous();
            case "dirichlet", "noniid-labeldir" -> new DirichletPerClass(requireAlpha(spec, alpha));
            case "dir-balance", "dir_balance", "balanced-dirichlet" -> new BalancedDirichlet(requireAlpha(spec, alpha));
            case "kmeans", "kmeans-split" -> new KMeansSplit(alpha == null ? 0.2 : alpha);
            default -> throw new IllegalArgumentException("unknown partition '" + spec
                    + "'; known: homogeneous, dirichlet:ALPHA, dir-balance:ALPHA, kmeans[:COMMON_FRACTION]");
        };
    }

    private static double requireAlpha(String spec, Double alpha) {
        if (alpha == null || alpha <= 0) {
            throw new IllegalArgumentException("partition '" + spec + "' needs a positive alpha, e.g. "
                    + spec.split(":")[0] + ":0.1");
        }
        return alpha;
    }
}
