package io.falbench.kernels.registry;

import io.falbench.kernels.Kernels;
import io.falbench.kernels.djl.DjlKernels;
import io.falbench.kernels.java.JavaKernels;
import io.falbench.kernels.nd4j.Nd4jKernels;
import io.falbench.registry.Entry;
import io.falbench.registry.Registry;
import java.util.List;
import java.util.function.Supplier;

/** Kernels backends by name; the protocol key {@code kernels}, the benchmarks and the command line all read them here. */
public final class KernelsRegistry {

    public static final Registry<Supplier<Kernels>> REGISTRY = new Registry<>("kernels backend",
            Entry.<Supplier<Kernels>>of("java", "plain Java, multithreaded, Vector API when present (the reference)",
                    () -> new JavaKernels(false)),
            Entry.<Supplier<Kernels>>of("java-pruned", "java with exact triangle-inequality pruning of seeding and"
                    + " k-center (Raff 2021)", () -> new JavaKernels(true)),
            Entry.<Supplier<Kernels>>of("java-bf16", "java with bfloat16 feature storage in the gradient passes",
                    () -> new JavaKernels(false, true)),
            Entry.<Supplier<Kernels>>of("nd4j", "ND4J (CPU; CUDA with -Pcuda)", Nd4jKernels::new),
            Entry.<Supplier<Kernels>>of("djl", "PyTorch through DJL (CPU; CUDA when present)", DjlKernels::new));

    public static final List<String> NAMES = REGISTRY.names();

    private KernelsRegistry() {
    }

    /** Which path the Java kernels take: "vector-api" when the Vector API is on, else "scalar" (recorded in provenance). */
    public static String simdPath() {
        return io.falbench.kernels.simd.Simd.ENABLED ? "vector-api" : "scalar";
    }

    public static Kernels create(String name) {
        return REGISTRY.factory(name).get();
    }
}
