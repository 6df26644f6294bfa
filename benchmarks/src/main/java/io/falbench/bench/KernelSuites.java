package io.falbench.bench;

import io.falbench.kernels.registry.KernelsRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameter subsets `falbench bench kernels` runs. "targets": the target points (BADGE seeding and greedy
 * k-center at n=50,000, C=10, D=512, k=100 and 1,000; weighted k-means n=50,000, D=512, k=100, 10 Lloyd iterations;
 * prototype distances n=50,000, D=512, C=100) plus uncertainty, assignment and the network passes (a training epoch and an
 * inference pass of CNN4Conv and ResNet-8 on 1,024 CIFAR-shaped images). "quick": the same kernels at
 * n=10,000, D=128, short iterations (minutes). "grid": the full n x D x C x k grid of the issue (hours on 2 cores).
 * The backends are KernelsRegistry's names ({@link #ALL_BACKENDS}); the constants below name the few a suite treats
 * specially, and KernelSuitesTest checks that each is a registry name.
 */
final class KernelSuites {

    /** Every backend, in the registry's order: what a suite times unless told otherwise. */
    static final String[] ALL_BACKENDS = KernelsRegistry.NAMES.toArray(String[]::new);
    /** The reference backend: the table's "vs java" column, and the backend of kernels that have no backend parameter. */
    static final String REFERENCE = "java";
    /** Variants of the reference that differ from it only in the seeding passes: timed on seeding and k-center only. */
    static final List<String> SEEDING_VARIANTS = List.of("java-pruned", "java-bf16");
    /** Its gemv streams at ~5 GB/s here: left out of the k=1000 seeding targets, which would take it minutes. */
    static final String SLOW_GEMV = "nd4j";

    private KernelSuites() {
    }

    /** The backends to time: the requested ones (registry names, any case), or all of them when none are requested. */
    static String[] backends(String[] requested) {
        if (requested == null || requested.length == 0) {
            return ALL_BACKENDS.clone();
        }
        String[] names = new String[requested.length];
        for (int i = 0; i < requested.length; i++) {
            names[i] = requested[i].trim().toLowerCase(Locale.ROOT);
            if (!KernelsRegistry.NAMES.contains(names[i])) {
                throw new IllegalArgumentException("unknown kernels backend '" + requested[i] + "'; known: "
                        + String.join(", ", KernelsRegistry.NAMES));
            }
        }
        return names;
    }

    static List<KernelRun> suite(String name, String[] backends) {
        switch (name) {
            case "targets":
                return targets(backends);
            case "quick":
                return quick(backends);
            case "grid":
                return grid(backends);
            default:
                throw new IllegalArgumentException("unknown suite '" + name + "'; known: targets, quick, grid");
        }
    }

    private static List<KernelRun> targets(String[] backends) {
        List<KernelRun> runs = new ArrayList<>();
        for (Class<?> seeding : List.of(BadgeSeedingBenchmark.class, KCenterBenchmark.class)) {
            runs.add(KernelRun.of(seeding).param("backend", backends).param("kind", "gradient").param("n", "50000")
                    .param("classes", "10").param("features", "512").param("k", "100").iterations(1, 3, 1).build());
            // nd4j's gemv streams at ~5 GB/s here: its k=1000 point would take minutes and is 10x its k=100 point.
            runs.add(KernelRun.of(seeding).param("backend", without(backends, SLOW_GEMV)).param("kind", "gradient").param("n", "50000")
                    .param("classes", "10").param("features", "512").param("k", "1000").iterations(1, 3, 1).build());
        }
        // The size at which scikit-learn's kmeans_plusplus on the materialised n x C*D embedding is timed.
        runs.add(KernelRun.of(BadgeSeedingBenchmark.class).param("backend", javaFamily(backends)).param("kind", "gradient")
                .param("n", "10000").param("classes", "10").param("features", "512").param("k", "100", "1000").iterations(1, 3, 1).build());
        // init=given times Lloyd alone from k-means++ centres, as scikit-learn's KMeans is timed from a k-means++ start.
        runs.add(KernelRun.of(WeightedKMeansBenchmark.class).param("backend", dense(backends)).param("n", "50000")
                .param("features", "512").param("k", "100").param("iterations", "10").param("batch", "0")
                .param("init", "kmeans++", "given").iterations(2, 5, 1).build());
        runs.add(KernelRun.of(WeightedKMeansBenchmark.class).param("backend", dense(backends)).param("n", "50000")
                .param("features", "512").param("k", "100").param("iterations", "100").param("batch", "1024").iterations(1, 3, 1).build());
        runs.add(KernelRun.of(PrototypeDistancesBenchmark.class).param("backend", dense(backends)).param("n", "50000")
                .param("features", "512").param("classes", "100").param("metric", "SQUARED_EUCLIDEAN", "COSINE").build());
        runs.add(KernelRun.of(UncertaintyBenchmark.class).param("backend", dense(backends)).param("n", "50000")
                .param("classes", "100").build());
        runs.add(KernelRun.of(AssignmentBenchmark.class).param("n", "1000").param("k", "100").build());
        // 10 iterations of 3 s: a pass's iterations vary by 5-15% here, 3 of 2 s left an error larger than the mean
        runs.add(KernelRun.of(NetworkPassBenchmark.class).param("architecture", "cnn4conv", "resnet8")
                .param("pass", "train", "infer").param("images", "1024")
                .param("memoryFormat", "contiguous", "channels-last").iterations(3, 10, 3).build());
        return runs;
    }

    private static List<KernelRun> quick(String[] backends) {
        List<KernelRun> runs = new ArrayList<>();
        for (Class<?> seeding : List.of(BadgeSeedingBenchmark.class, KCenterBenchmark.class)) {
            runs.add(KernelRun.of(seeding).param("backend", backends).param("kind", "gradient", "plain").param("n", "10000")
                    .param("classes", "10").param("features", "128").param("k", "100").iterations(1, 2, 0.5).build());
        }
        runs.add(KernelRun.of(WeightedKMeansBenchmark.class).param("backend", dense(backends)).param("n", "10000")
                .param("features", "128").param("k", "100").param("fixed", "0", "50").param("iterations", "10")
                .param("batch", "0").iterations(1, 2, 0.5).build());
        runs.add(KernelRun.of(WeightedKMeansBenchmark.class).param("backend", dense(backends)).param("n", "10000")
                .param("features", "128").param("k", "100").param("fixed", "50").param("iterations", "100")
                .param("batch", "100").iterations(1, 2, 0.5).build());
        runs.add(KernelRun.of(PrototypeDistancesBenchmark.class).param("backend", dense(backends)).param("n", "10000")
                .param("features", "128").param("classes", "10").param("metric", "SQUARED_EUCLIDEAN", "COSINE")
                .iterations(1, 2, 0.5).build());
        runs.add(KernelRun.of(UncertaintyBenchmark.class).param("backend", dense(backends)).param("n", "10000")
                .param("classes", "10").iterations(1, 2, 0.5).build());
        runs.add(KernelRun.of(AssignmentBenchmark.class).param("n", "1000").param("k", "100").iterations(1, 2, 0.5).build());
        runs.add(KernelRun.of(NetworkPassBenchmark.class).param("architecture", "cnn4conv").param("pass", "train", "infer")
                .param("images", "256").param("memoryFormat", "contiguous", "channels-last").iterations(1, 2, 0.5)
                .build());
        return runs;
    }

    private static List<KernelRun> grid(String[] backends) {
        List<KernelRun> runs = new ArrayList<>();
        for (Class<?> seeding : List.of(BadgeSeedingBenchmark.class, KCenterBenchmark.class)) {
            runs.add(KernelRun.of(seeding).param("backend", backends).param("kind", "gradient", "plain").param("n", "10000", "50000")
                    .param("classes", "10", "100").param("features", "128", "512").param("k", "100", "1000").iterations(1, 3, 1).build());
        }
        runs.add(KernelRun.of(WeightedKMeansBenchmark.class).param("backend", dense(backends)).param("n", "10000", "50000")
                .param("features", "128", "512").param("k", "100", "1000").param("iterations", "10").iterations(1, 3, 1).build());
        runs.add(KernelRun.of(PrototypeDistancesBenchmark.class).param("backend", dense(backends)).param("n", "10000", "50000")
                .param("features", "128", "512").param("classes", "10", "100").param("metric", "SQUARED_EUCLIDEAN", "COSINE").build());
        runs.add(KernelRun.of(UncertaintyBenchmark.class).param("backend", dense(backends)).param("n", "10000", "50000")
                .param("classes", "10", "100").build());
        runs.add(KernelRun.of(AssignmentBenchmark.class).param("n", "1000", "10000").param("k", "100", "1000").build());
        return runs;
    }

    private static String[] without(String[] backends, String dropped) {
        return java.util.Arrays.stream(backends).filter(b -> !b.equals(dropped)).toArray(String[]::new);
    }

    /** The reference and its seeding variants. */
    private static String[] javaFamily(String[] backends) {
        return java.util.Arrays.stream(backends).filter(b -> b.equals(REFERENCE) || SEEDING_VARIANTS.contains(b)).toArray(String[]::new);
    }

    /** The backends without the seeding variants, which differ from the reference only in seeding. */
    static String[] dense(String[] backends) {
        return java.util.Arrays.stream(backends).filter(b -> !SEEDING_VARIANTS.contains(b)).toArray(String[]::new);
    }
}
