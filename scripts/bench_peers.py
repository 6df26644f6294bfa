#!/usr/bin/python3
"""Times the Python peers of falbench's kernels at the sizes of the JMH "targets" suite and puts them side by side
with our JMH results: a STREAM-style triad (GB/s) and an fp32 GEMM (GFLOP/s) as the machine's limits; scikit-learn
kmeans_plusplus on the materialised BADGE embedding; a vectorised NumPy factorised BADGE seeding and greedy k-center
(ours, written here: two matrix-vector products per chosen centre, no per-sample Python loop); scikit-learn KMeans and
MiniBatchKMeans with sample weights; NumPy prototype distances. Run by scripts/bench-peers.sh (Debian's python3)."""
import argparse
import json
import os
import sys
import platform
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import sklearn
from sklearn.cluster import KMeans, MiniBatchKMeans, kmeans_plusplus

THREADS = int(os.environ.get("FALBENCH_THREADS", os.cpu_count()))
SEED = 20260101
LATENT = 16


def best_of(function, repeats):
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def synthetic(n, classes, features, seed=SEED):
    """The recipe of io.falbench.kernels.fixtures.SyntheticInputs (not the same random stream)."""
    rng = np.random.default_rng(seed)
    means = 2.0 * rng.standard_normal((classes, features))
    loadings = rng.standard_normal((classes, features, LATENT)) / np.sqrt(LATENT)
    labels = rng.integers(0, classes, n)
    latent = rng.standard_normal((n, LATENT))
    hidden = means[labels] + np.einsum("ndl,nl->nd", loadings[labels], latent) + 0.1 * rng.standard_normal((n, features))
    logits = rng.standard_normal((n, classes))
    logits[np.arange(n), labels] += 6.0 * rng.random(n)
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    residual = p.copy()
    residual[np.arange(n), p.argmax(1)] -= 1.0
    return residual.astype(np.float32), hidden.astype(np.float32), p.astype(np.float32)


def blocked_seconds(elements, block, step, repeats):
    """Best time of step(start, end) over every block of [0, elements), one contiguous share per thread."""
    bounds = [elements * t // THREADS for t in range(THREADS + 1)]

    def part(t):
        for start in range(bounds[t], bounds[t + 1], block):
            step(start, min(start + block, bounds[t + 1]))

    with ThreadPoolExecutor(THREADS) as pool:
        seconds, _ = best_of(lambda: list(pool.map(part, range(THREADS))), repeats)
    return seconds


def triad_gbs(elements=1 << 25, repeats=5):
    """STREAM triad a = b + s c in float64 over THREADS threads, blocked so the two NumPy steps stay in cache;
    counted as STREAM does: 24 bytes per element."""
    a = np.empty(elements)
    b = np.ones(elements)
    c = np.full(elements, 2.0)

    def step(start, end):
        np.multiply(c[start:end], 3.0, out=a[start:end])
        np.add(a[start:end], b[start:end], out=a[start:end])

    return 24.0 * elements / blocked_seconds(elements, 1 << 15, step, repeats) / 1e9


def read_gbs(elements=1 << 26, repeats=5):
    """Read bandwidth: one float32 matrix-vector product (OpenBLAS sgemv on THREADS threads) over 256 MB, 4 bytes per
    element read, nothing but a short vector written. The bound of a seeding pass, which only reads n x (C+D) floats;
    the NumPy seeding peer streams its data through the same sgemv. (A NumPy float32 sum is not a bandwidth measure:
    its pairwise summation is compute-bound below the memory rate.)"""
    a = np.ones((elements // 4096, 4096), dtype=np.float32)
    ones = np.ones(4096, dtype=np.float32)
    seconds, _ = best_of(lambda: a @ ones, repeats)
    return 4.0 * elements / seconds / 1e9


def gemm_gflops(size=4096, repeats=3):
    rng = np.random.default_rng(1)
    a = rng.standard_normal((size, size), dtype=np.float32)
    b = rng.standard_normal((size, size), dtype=np.float32)
    seconds, _ = best_of(lambda: a @ b, repeats)
    return 2.0 * size ** 3 / seconds / 1e9


def badge_numpy(residual, hidden, k, seed, farthest=False):
    """Factorised BADGE k-means++ (or greedy k-center when farthest): per centre R r_c and H h_c, then min."""
    n = residual.shape[0]
    norms = (residual * residual).sum(1) * (hidden * hidden).sum(1)
    rng = np.random.default_rng(seed)
    nearest = np.full(n, np.inf, dtype=np.float32)
    centre = int(np.argmax(norms))
    chosen = [centre]
    for _ in range(1, k):
        d = norms + norms[centre] - 2.0 * (residual @ residual[centre]) * (hidden @ hidden[centre])
        np.maximum(d, 0.0, out=d)
        np.minimum(nearest, d, out=nearest)
        nearest[centre] = 0.0
        if farthest:
            centre = int(np.argmax(nearest))
        else:
            cumulative = np.cumsum(nearest, dtype=np.float64)
            centre = int(np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right"))
        chosen.append(centre)
    return chosen


def prototypes_numpy(x, x_norms, prototypes):
    d = x @ prototypes.T
    d *= -2.0
    d += x_norms[:, None]
    d += (prototypes * prototypes).sum(1)[None, :]
    return d.argmin(1), d.min(1)


def jmh_scores(path):
    scores = {}
    if not path or not os.path.exists(path):
        return scores
    with open(path) as f:
        for entry in json.load(f):
            kernel = entry["benchmark"].split(".")[-2]
            params = entry.get("params", {})
            key = (kernel,) + tuple(sorted(params.items()))
            scores[key] = entry["primaryMetric"]["score"] / 1000.0  # ms/op -> s
    return scores


def ours(scores, kernel, **params):
    key = (kernel,) + tuple(sorted((k, str(v)) for k, v in params.items()))
    return scores.get(key)


def sh(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jmh", help="JMH JSON of `falbench bench kernels` (targets suite)")
    parser.add_argument("--out", help="markdown file to write")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    scores = jmh_scores(args.jmh)
    load_before = sh("uptime")
    rows = []
    log = lambda text: print(text, flush=True)

    triad = triad_gbs()
    read = read_gbs()
    gemm = gemm_gflops()
    log(f"triad {triad:.1f} GB/s, read {read:.1f} GB/s, fp32 GEMM {gemm:.0f} GFLOP/s, {THREADS} threads")

    # BADGE seeding and greedy k-center, n=50,000, C=10, D=512.
    residual, hidden, p = synthetic(50000, 10, 512)
    for k in (100, 1000):
        bound = k * 50000 * (10 + 512) * 4 / (read * 1e9)
        for kernel, farthest, label in (("BadgeSeedingBenchmark", False, "BADGE k-means++ seeding"),
                                        ("KCenterBenchmark", True, "greedy k-center")):
            peer, _ = best_of(lambda: badge_numpy(residual, hidden, k, SEED, farthest), args.repeats)
            log(f"{label} k={k}: numpy factorised {peer:.2f} s")
            for backend in ("java", "java-pruned", "java-bf16", "djl", "nd4j"):
                mine = ours(scores, kernel, backend=backend, kind="gradient", n=50000, classes=10, features=512, k=k)
                rows.append((label, f"n=50,000 C=10 D=512 k={k}", backend, mine, "NumPy factorised (ours, vectorised)", peer,
                             bound, "read bound"))

    # sklearn kmeans_plusplus on the materialised n x C*D embedding, n=10,000 (as in the issue).
    r10, h10, _ = synthetic(10000, 10, 512)
    materialised = (r10[:, :, None] * h10[:, None, :]).reshape(10000, 10 * 512)
    for k in (100, 1000):
        bound = k * 10000 * (10 + 512) * 4 / (read * 1e9)
        default, _ = best_of(lambda: kmeans_plusplus(materialised, k, random_state=0), 1)
        single, _ = best_of(lambda: kmeans_plusplus(materialised, k, random_state=0, n_local_trials=1), 1)
        log(f"sklearn kmeans_plusplus materialised k={k}: {default:.2f} s (default trials), {single:.2f} s (1 trial)")
        for backend in ("java", "java-pruned", "java-bf16"):
            mine = ours(scores, "BadgeSeedingBenchmark", backend=backend, kind="gradient", n=10000, classes=10, features=512, k=k)
            rows.append(("BADGE k-means++ seeding", f"n=10,000 C=10 D=512 k={k}", backend, mine,
                         "sklearn kmeans_plusplus, materialised n x 5,120 (2+ln k local trials)", default, bound, "read bound"))
            rows.append(("BADGE k-means++ seeding", f"n=10,000 C=10 D=512 k={k}", backend, mine,
                         "sklearn kmeans_plusplus, materialised, n_local_trials=1", single, bound, "read bound"))
    del materialised

    # Weighted k-means, n=50,000, D=512, k=100: margin scores as sample weights.
    x = hidden
    top2 = np.sort(p, axis=1)[:, -2:]
    weights = (1.0 - (top2[:, 1] - top2[:, 0])).astype(np.float64)
    lloyd_flops = 2 * 50000 * 512 * 100 * 11
    gemm_bound = lloyd_flops / (gemm * 1e9)
    full, fitted = best_of(lambda: KMeans(100, init="k-means++", n_init=1, max_iter=10, tol=0.0, algorithm="lloyd",
                                          random_state=0).fit(x, sample_weight=weights), args.repeats)
    # Lloyd alone from a k-means++ init (drawn once, not timed; ours: WeightedKMeansBenchmark init=given); the peer at
    # its best: the faster of scikit-learn's Lloyd and its bounded Elkan.
    start, _ = kmeans_plusplus(x, 100, random_state=0)
    given = {}
    for algorithm in ("lloyd", "elkan"):
        given[algorithm] = best_of(lambda: KMeans(100, init=start, n_init=1, max_iter=10, tol=0.0, algorithm=algorithm)
                                   .fit(x, sample_weight=weights), args.repeats)
    best = min(given, key=lambda a: given[a][0])
    log("sklearn KMeans weighted: " + f"{full:.2f} s with k-means++ ({fitted.n_iter_} it); Lloyd only from k-means++: "
        + ", ".join(f"{a} {given[a][0]:.2f} s ({given[a][1].n_iter_} it)" for a in given))
    for backend in ("java", "nd4j", "djl"):
        total = ours(scores, "WeightedKMeansBenchmark", backend=backend, n=50000, features=512, k=100, fixed=0, iterations=10,
                     batch=0, init="kmeans++")
        lloyd = ours(scores, "WeightedKMeansBenchmark", backend=backend, n=50000, features=512, k=100, fixed=0, iterations=10,
                     batch=0, init="given")
        rows.append(("weighted k-means, init + 10 Lloyd", "n=50,000 D=512 k=100", backend, total,
                     f"sklearn KMeans(sample_weight), k-means++ init, {fitted.n_iter_} it", full, gemm_bound, "GEMM bound (11 assignments)"))
        rows.append(("weighted k-means, 10 Lloyd only", "n=50,000 D=512 k=100", backend, lloyd,
                     f"sklearn KMeans(sample_weight, algorithm={best}), from k-means++, {given[best][1].n_iter_} it",
                     given[best][0], gemm_bound, "GEMM bound (11 assignments)"))
    mini, _ = best_of(lambda: MiniBatchKMeans(100, batch_size=1024, max_iter=2, max_no_improvement=None, n_init=1,
                                              random_state=0).fit(x, sample_weight=weights), args.repeats)
    log(f"sklearn MiniBatchKMeans weighted: {mini:.2f} s")
    for backend in ("java", "nd4j", "djl"):
        mine = ours(scores, "WeightedKMeansBenchmark", backend=backend, n=50000, features=512, k=100, fixed=0, iterations=100, batch=1024,
                     init="kmeans++")
        rows.append(("weighted mini-batch k-means, 100 steps of 1,024", "n=50,000 D=512 k=100", backend, mine,
                     "sklearn MiniBatchKMeans(sample_weight), 2 epochs of 1,024", mini, None, ""))

    # Prototype distances, n=50,000, D=512, C=100.
    prototypes = x[:100].copy()
    x_norms = (x * x).sum(1)
    peer, _ = best_of(lambda: prototypes_numpy(x, x_norms, prototypes), 5)
    proto_bound = 2 * 50000 * 512 * 100 / (gemm * 1e9)
    log(f"numpy prototype distances: {peer * 1000:.1f} ms")
    for backend in ("java", "nd4j", "djl"):
        mine = ours(scores, "PrototypeDistancesBenchmark", backend=backend, n=50000, features=512, classes=100, metric="SQUARED_EUCLIDEAN")
        rows.append(("prototype distances + arg-min", "n=50,000 D=512 C=100", backend, mine, "NumPy GEMM + argmin", peer,
                     proto_bound, "GEMM bound"))

    load_after = sh("uptime")
    table = render(rows, triad, read, gemm, load_before, load_after, args.jmh)
    print(table)
    if args.out:
        with open(args.out, "w") as f:
            f.write(table)


def fmt(seconds):
    if seconds is None:
        return "n/a"
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def render(rows, triad, read, gemm, load_before, load_after, jmh):
    lines = ["# falbench kernels against their Python peers", ""]
    lines.append("Machine: " + machine())
    lines.append("")
    lines.append(f"Threads: {THREADS} for everything (FALBENCH_THREADS, OMP_NUM_THREADS, OPENBLAS_NUM_THREADS). "
                 f"Measured limits: read bandwidth **{read:.1f} GB/s** (float32 sgemv over 256 MB, {THREADS} threads), STREAM-style triad "
                 f"{triad:.1f} GB/s (float64, 24 bytes/element), "
                 f"fp32 GEMM (NumPy/OpenBLAS 4096^3) **{gemm:.0f} GFLOP/s**.")
    lines.append("")
    lines.append(f"Load: before `{load_before}`; after `{load_after}`. Ours: JMH results from `{os.path.relpath(jmh) if jmh else 'n/a'}`, "
                 "measured in the same run just before the peers; peers: best of the repeats.")
    lines.append("")
    lines.append("| kernel | size | backend | ours (s) | peer | peer (s) | peer / ours | bound (s) | bound / ours |")
    lines.append("|---|---|---|---:|---|---:|---:|---:|---:|")
    for kernel, size, backend, mine, peer_name, peer, bound, bound_name in rows:
        ratio = "n/a" if mine is None or mine <= 0 else f"{peer / mine:.2f}x"
        fraction = "" if bound is None or mine is None or mine <= 0 else f"{100 * bound / mine:.0f}% ({bound_name})"
        lines.append(f"| {kernel} | {size} | {backend} | {fmt(mine)} | {peer_name} | {fmt(peer)} | {ratio} | "
                     f"{'' if bound is None else fmt(bound)} | {fraction} |")
    lines.append("")
    lines.append("peer / ours > 1: ours is faster. bound / ours: the fraction of the physical limit reached "
                 "(seeding/k-center: k passes over n x (C+D) float32 at the read rate; above 100% means fewer bytes were read "
                 "than the unpruned passes need, e.g. java-pruned; k-means and prototypes: their GEMM flops at the measured GEMM rate).")
    lines.append("")
    return "\n".join(lines)


def blas_info():
    """The BLAS NumPy runs on, as threadpoolctl sees it: refuses anything but OpenBLAS (the reference BLAS would
    make a slow peer)."""
    import threadpoolctl
    infos = [i for i in threadpoolctl.threadpool_info() if i.get("user_api") == "blas"]
    if not any(i.get("internal_api") == "openblas" for i in infos):
        sys.exit("bench_peers: NumPy does not run on OpenBLAS (%s); apt-get install libopenblas0-pthread and select it "
                 "with update-alternatives --config libblas.so.3-x86_64-linux-gnu" % infos)
    forced = {name: os.environ[name] for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if name in os.environ}
    return ", ".join(f"{i.get('internal_api')} {i.get('version')} on core {i.get('architecture', '?')}, "
                     f"{i.get('num_threads')} threads, {i.get('filepath')}" for i in infos) + (
        f"; forced by the environment: {forced}" if forced else "; core detected by OpenBLAS itself (nothing forced)")


def machine():
    model = sh("lscpu | sed -n 's/^Model name: *//p'")
    cores = sh("nproc")
    memory = sh("free -g | awk '/^Mem:/{print $2}'")
    java = sh("java -version 2>&1 | head -1")
    return (f"{model}, {cores} cores, {memory} GiB RAM, {platform.system()} {platform.release()}; {java}; "
            f"Python {platform.python_version()}, NumPy {np.__version__}, scikit-learn {sklearn.__version__}; "
            f"peer BLAS: {blas_info()}.")


if __name__ == "__main__":
    main()
