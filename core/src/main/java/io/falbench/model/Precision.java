package io.falbench.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The arithmetic of a network's passes ({@code train.precision}): {@code fp32} throughout, the default; or {@code bf16},
 * mixed precision as {@code torch.autocast("cpu", dtype=torch.bfloat16)} runs it ({@link Autocast}): convolutions and
 * linear layers in bfloat16 on fp32 master weights, gradients and SGD, the loss on fp32 logits. bf16 runs only on CPUs
 * with bfloat16 instructions ({@code avx512_bf16} or {@code amx_bf16}); elsewhere libtorch would emulate it, slower
 * than fp32, so it is refused.
 */
public enum Precision {
    FP32, BF16;

    /** The CPU flags (Linux /proc/cpuinfo) under which libtorch's oneDNN runs bfloat16 in hardware. */
    static final List<String> BF16_FLAGS = List.of("avx512_bf16", "amx_bf16");

    /** The protocol's spelling: {@code fp32} or {@code bf16}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this machine's CPU runs this precision. */
    public boolean supportedHere() {
        return this == FP32 || BF16_FLAGS.stream().anyMatch(Cpu.here().flags()::contains);
    }

    /** Fails with what to do where this precision cannot run on this machine's CPU (fp32 runs everywhere). */
    public void requireSupported() {
        if (this != FP32) {
            requireSupported(Cpu.here());
        }
    }

    void requireSupported(Cpu cpu) {
        if (this == BF16 && BF16_FLAGS.stream().noneMatch(cpu.flags()::contains)) {
            throw new IllegalStateException("train.precision = bf16 needs a CPU with bfloat16 instructions ("
                    + String.join(" or ", BF16_FLAGS) + "); this one (" + cpu.model() + ") has neither, and libtorch"
                    + " would emulate bf16 slower than fp32: use train.precision = fp32 here, or run on such a CPU");
        }
    }

    /** A CPU's model name and flags, as /proc/cpuinfo gives them for its first processor. */
    record Cpu(String model, Set<String> flags) {

        /** This machine's CPU, read once (every network checks its precision when it is made). */
        private static final class Here {
            static final Cpu CPU = read();
        }

        static Cpu here() {
            return Here.CPU;
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
                    } else if (key.equals("flags") && flags.isEmpty()) {
                        flags = Set.copyOf(java.util.Arrays.asList(value.split("\\s+")));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or unreadable: no flags known, so bf16 is refused
            }
            return new Cpu(model, flags);
        }
    }
}
