package io.falbench.kernels;

import io.falbench.kernels.djl.DjlKernels;
import io.falbench.kernels.java.JavaKernels;
import io.falbench.kernels.nd4j.Nd4jKernels;
import java.util.List;
import java.util.Locale;

/** Backends by name: "java" (reference), "java-pruned" (Raff 2021 pruned seeding), "java-bf16"
 * (bfloat16 features in gradient seeding), "nd4j", "djl". */
public final class KernelsRegistry {

    public static final List<String> NAMES = List.of("java", "java-pruned", "java-bf16", "nd4j", "djl");

    private KernelsRegistry() {
    }

    public static Kernels create(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "java":
                return new JavaKernels(false);
            case "java-pruned":
                return new JavaKernels(true);
            case "java-bf16":
                return new JavaKernels(false, true);
            case "nd4j":
                return new Nd4jKernels();
            case "djl":
                return new DjlKernels();
            default:
                throw new IllegalArgumentException("unknown kernels backend '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }
}
