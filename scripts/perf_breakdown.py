#!/usr/bin/env python3
"""Where a network pass spends its time: `perf report` of a profiled run (scripts/profile-network-pass.sh) grouped
by what the code does (convolutions, batch norm, pooling, elementwise kernels, the OpenMP runtime, the kernel, the
JVM), then its hottest symbols. Reads `perf report --sort dso,sym --stdio -t ';'` on stdin."""
import re
import sys

# first match wins; each rule: (group, regular expression over "library;symbol")
GROUPS = [
    ("batch norm", r"batch_norm"),
    ("max / average pooling", r"max_pool|avg_pool|adaptive_avg"),
    ("softmax and loss", r"softmax|nll_loss|cross_entropy"),
    ("convolution and matmul (oneDNN)", r"jit_avx|jit_brgemm|jit_uni|jit_sse|jit_t\.|reducer_|dnnl|brgemm|gemm|convolution"),
    ("elementwise and reductions (ATen)", r"^libtorch_cpu|^libc10"),
    ("OpenMP runtime (threads waiting at barriers)", r"libgomp|libiomp|libomp"),
    ("operating system (page faults, scheduling)", r"\[kernel"),
    ("JNI glue (DJL)", r"libdjl_torch"),
    ("JVM (JIT compiler, garbage collector)", r"libjvm"),
    ("Java code and unnamed generated code", r"^\[JIT\]|^perf-\d+\.map"),
    ("C library (malloc, memcpy)", r"^libc\.so|^libm\.|^ld-linux|^libstdc"),
]


def group_of(dso, symbol):
    for group, pattern in GROUPS:
        if re.search(pattern, f"{dso};{symbol}"):
            if dso.startswith("[JIT]") and group != "convolution and matmul (oneDNN)":
                # oneDNN names its generated kernels (ONEDNN_JIT_PROFILE=2); the rest is Java's JIT code and the odd
                # kernel oneDNN leaves unnamed
                return "Java code and unnamed generated code"
            return group
    return "other"


def short_name(symbol):
    """The kernel's own name out of a C++ symbol (the function inside an anonymous namespace, or the last component)."""
    inner = re.search(r"\(anonymous namespace\)::(\w+)", symbol)
    if inner:
        return inner.group(1)
    head = re.split(r"[<(]", symbol, maxsplit=1)[0]
    return head.split("::")[-1] or symbol[:60]


def main():
    rows = []
    for line in sys.stdin:
        if line.startswith("#") or not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 3 or not parts[0].endswith("%"):
            continue
        symbol = re.sub(r"^\[[.k]\]\s*", "", parts[2])
        rows.append((float(parts[0].rstrip("%")), parts[1], symbol))
    if not rows:
        sys.exit("perf_breakdown: no samples on stdin; pipe `perf report --sort dso,sym --stdio -t ';'` into it")
    totals = {}
    for share, dso, symbol in rows:
        group = group_of(dso, symbol)
        totals[group] = totals.get(group, 0.0) + share
    print("| where the time goes | share of samples |")
    print("|---|---:|")
    for group, share in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"| {group} | {share:.1f}% |")
    print()
    print("| hottest symbols | library | group | share |")
    print("|---|---|---|---:|")
    for share, dso, symbol in sorted(rows, key=lambda r: -r[0])[:15]:
        library = "JIT code" if dso.startswith("[JIT]") else dso
        print(f"| `{short_name(symbol)}` | {library} | {group_of(dso, symbol)} | {share:.2f}% |")


if __name__ == "__main__":
    main()
