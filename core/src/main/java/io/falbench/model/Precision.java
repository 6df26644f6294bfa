package io.falbench.model;

import io.falbench.runtime.Cpu;
import java.util.List;

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
}
