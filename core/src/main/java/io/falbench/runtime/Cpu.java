package io.falbench.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CPU's model name and flags, as Linux's /proc/cpuinfo gives them for its first processor. The vector instruction
 * sets among the flags choose libtorch's oneDNN kernels and the Java kernels' vector width, and with them the order in
 * which floats are summed: two machines with other sets can differ in a result's last bits (docs/reliability.md).
 */
public record Cpu(String model, Set<String> flags) {

    /** The flags that choose kernels and their vector width, in the order {@link #describe()} lists them. */
    public static final List<String> VECTOR_FLAGS = List.of("avx", "avx2", "fma", "avx512f", "avx512_vnni",
            "avx512_bf16", "avx512_fp16", "amx_tile", "amx_bf16", "amx_int8", "asimd", "sve");

    private static final class Here {
        static final Cpu CPU = read();
    }

    /** This machine's CPU, read once. */
    public static Cpu here() {
        return Here.CPU;
    }

    /** The model and its vector instruction sets, e.g. "AMD EPYC (avx avx2 fma avx512f avx512_bf16)". */
    public String describe() {
        String vector = VECTOR_FLAGS.stream().filter(flags::contains).collect(Collectors.joining(" "));
        return model + " (" + (vector.isEmpty() ? "no vector flags known" : vector) + ")";
    }

    private static Cpu read() {
        String model = "unknown CPU";
        Set<String> flags = Set.of();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (key.equals("model name") && model.equals("unknown CPU")) {
                    model = value;
                } else if ((key.equals("flags") || key.equals("Features")) && flags.isEmpty()) {
                    flags = Set.copyOf(java.util.Arrays.asList(value.split("\\s+")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or unreadable: the model stays unknown and no flags are known
        }
        return new Cpu(model, flags);
    }
}
