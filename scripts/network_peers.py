#!/usr/bin/python3
"""The PyTorch peer of falbench's network passes (NetworkPassBenchmark): the same architectures as
io.falbench.model.Architecture, checked by their trained parameter counts, timed on the same work: `train`, one epoch of
mini-batch SGD (batch 64, lr 0.01, momentum 0.9, weight decay 1e-5, a fresh optimiser as LocalTrainer's, cross-entropy,
a random horizontal flip per image) over 1,024 random CIFAR-shaped images; `infer`, the predicted classes of the same
images in batches of 64 (Network.INFERENCE_BATCH), BatchNorm on its running statistics, no autograd. Three variants:
fp32 NCHW eager, channels-last eager (model and inputs in torch.channels_last), bf16 autocast on the CPU (skipped where
the CPU has neither avx512_bf16 nor amx_bf16). `time` times them; `table` puts them beside JMH's JSON of
NetworkPassBenchmark. Run by scripts/network-peers.sh (Debian's python3 and python3-torch)."""
import argparse
import json
import math
import os
import platform
import statistics
import sys
import time

import numpy as np
import torch
from torch import nn
import torch.nn.functional as F

THREADS = int(os.environ.get("FALBENCH_THREADS", "2"))
SEED = 20260101
CHANNELS, SIDE, CLASSES = 3, 32, 10
BATCH = 64
# glibc's allocator knobs, recorded with every timing (network-peers.sh fixes the two thresholds as falbench does).
MALLOC_KNOBS = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_ARENA_MAX")
LR, MOMENTUM, WEIGHT_DECAY = 0.01, 0.9, 1e-5
VARIANTS = ("fp32", "channels-last", "bf16")
# falbench's trained parameter counts (BatchNorm running statistics left out) at each architecture's own input, as
# core's ParameterCountTest and ResNet8Test assert them: the PyTorch copies below must hold the same.
FALBENCH_PARAMETERS = {"mlp": ((1, 28, 28), 235_146), "cnn4conv": ((3, 32, 32), 115_658),
                       "resnet8": ((3, 32, 32), 77_946)}


def conv(cin, cout, kernel, stride):
    """Architecture.conv: no bias, padding kernel / 2."""
    return nn.Conv2d(cin, cout, kernel, stride=stride, padding=kernel // 2, bias=False)


class Residual(nn.Module):
    """Architecture.residual: relu(bn(conv(relu(bn(conv(x))))) + shortcut(x)), the shortcut a strided 1x1 conv without
    BatchNorm where the shape changes."""

    def __init__(self, cin, cout, stride):
        super().__init__()
        self.main = nn.Sequential(conv(cin, cout, 3, stride), nn.BatchNorm2d(cout), nn.ReLU(),
                                  conv(cout, cout, 3, 1), nn.BatchNorm2d(cout))
        self.shortcut = conv(cin, cout, 1, stride) if stride != 1 or cin != cout else nn.Identity()

    def forward(self, x):
        return F.relu(self.main(x) + self.shortcut(x))


def features(architecture, channels, height, width):
    """Architecture.features, with the embedding dimension (Architecture.embeddingDimension)."""
    if architecture == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(channels * height * width, 256), nn.ReLU(),
                             nn.Linear(256, 128), nn.ReLU()), 128
    if architecture == "cnn4conv":
        layers = []
        cin, h, w = channels, height, width
        for _ in range(4):
            layers += [nn.Conv2d(cin, 64, 3, padding=1), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(2, 2)]
            cin, h, w = 64, h // 2, w // 2
        return nn.Sequential(*layers, nn.Flatten()), 64 * h * w
    if architecture == "resnet8":
        return nn.Sequential(conv(channels, 16, 3, 1), Residual(16, 16, 1), Residual(16, 32, 2), Residual(32, 64, 2),
                             nn.BatchNorm2d(64), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten()), 64
    sys.exit(f"network_peers: unknown architecture '{architecture}'; known: {', '.join(FALBENCH_PARAMETERS)}")


def network(architecture, shape, classes=CLASSES):
    """Feature extractor + linear head, as Network."""
    body, dimension = features(architecture, *shape)
    return nn.Sequential(body, nn.Linear(dimension, classes))


def trained_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def check_parameters():
    """Each architecture's trained parameter count against falbench's; exits when one differs."""
    rows = {}
    for architecture, (shape, theirs) in FALBENCH_PARAMETERS.items():
        ours = trained_parameters(network(architecture, shape))
        rows[architecture] = {"input": list(shape), "torch": ours, "falbench": theirs}
        print(f"parameters {architecture:9s} at {'x'.join(map(str, shape))}: torch {ours:,}, falbench {theirs:,}"
              f" {'(same)' if ours == theirs else '(DIFFERENT)'}")
    if any(row["torch"] != row["falbench"] for row in rows.values()):
        sys.exit("network_peers: a PyTorch copy does not hold falbench's parameters; fix features() to follow "
                 "io.falbench.model.Architecture")
    return rows


def cpu_info():
    """The CPU model line and the flags that decide the variants."""
    model, flags = "", set()
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name") and not model:
                    model = line.split(":", 1)[1].strip()
                elif line.startswith("flags") and not flags:
                    flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return model or platform.processor(), {flag: flag in flags for flag in ("avx512_bf16", "amx_bf16", "avx512f", "avx2")}


def batches(order, size=BATCH):
    return [order[start:start + size] for start in range(0, len(order), size)]


def train_epoch(model, images, labels, channels_last, bf16, generator):
    """One epoch as LocalTrainer: a new optimiser, a shuffled order, per batch flips, forward, loss (read each step, as
    LocalTrainer reads it), backward, step, gradients zeroed."""
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM, weight_decay=WEIGHT_DECAY)
    loss_sum = 0.0
    for batch in batches(torch.randperm(len(images), generator=generator)):
        x = images[batch]
        flip = torch.rand(len(batch), generator=generator) < 0.5
        x = torch.where(flip.view(-1, 1, 1, 1), x.flip(3), x)
        if channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            loss = F.cross_entropy(model(x), labels[batch])
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=False)
        value = loss.item()
        if not math.isfinite(value):
            sys.exit(f"network_peers: training loss became {value}")
        loss_sum += value * len(batch)
    return loss_sum / len(images)


def infer(model, images, channels_last, bf16):
    """The predicted classes in batches of 64, as Network.predictedClasses (softmax, then the arg max)."""
    model.eval()
    classes = []
    with torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for start in range(0, len(images), BATCH):
            x = images[start:start + BATCH]
            if channels_last:
                x = x.contiguous(memory_format=torch.channels_last)
            classes.append(model(x).float().softmax(1).argmax(1))
    return torch.cat(classes).numpy()


def time_pass(architecture, pass_name, variant, images, labels, warmup, iterations):
    torch.manual_seed(SEED)
    model = network(architecture, (CHANNELS, SIDE, SIDE))
    channels_last, bf16 = variant == "channels-last", variant == "bf16"
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    generator = torch.Generator().manual_seed(SEED)
    run = (lambda: train_epoch(model, images, labels, channels_last, bf16, generator)) if pass_name == "train" \
        else (lambda: infer(model, images, channels_last, bf16))
    for _ in range(warmup):
        run()
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1e3)
    scale = 1024.0 / len(images)
    mean = statistics.fmean(times)
    sd = statistics.stdev(times) if len(times) > 1 else float("nan")
    return {"architecture": architecture, "pass": pass_name, "variant": variant, "images": len(images),
            "warmup": warmup, "iterations": iterations, "times_ms": times, "ms_per_1024": mean * scale,
            "sd_ms_per_1024": sd * scale, "images_per_s": len(images) / (mean / 1e3)}


def time_command(args):
    torch.set_num_threads(THREADS)
    torch.set_num_interop_threads(1)
    model_line, flags = cpu_info()
    print(f"torch {torch.__version__}, numpy {np.__version__}, python {platform.python_version()}; "
          f"torch.get_num_threads() = {torch.get_num_threads()}, interop {torch.get_num_interop_threads()}; "
          f"mkldnn {torch.backends.mkldnn.is_available()}")
    print(f"cpu: {model_line}; " + ", ".join(f"{flag} {'yes' if on else 'no'}" for flag, on in flags.items()))
    malloc = {name: os.environ.get(name) for name in MALLOC_KNOBS}
    print("glibc malloc: " + ", ".join(f"{name}={value}" for name, value in malloc.items()))
    parameters = check_parameters()
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    for variant in variants:
        if variant not in VARIANTS:
            sys.exit(f"network_peers: unknown variant '{variant}'; known: {', '.join(VARIANTS)}")
    skipped = []
    if "bf16" in variants and not (flags["avx512_bf16"] or flags["amx_bf16"]):
        skipped.append("bf16: this CPU has neither avx512_bf16 nor amx_bf16 (/proc/cpuinfo), so bf16 autocast would "
                       "run emulated; skipped")
        print("network_peers: " + skipped[-1])
        variants.remove("bf16")
    generator = torch.Generator().manual_seed(SEED)
    images = torch.rand(args.images, CHANNELS, SIDE, SIDE, generator=generator)
    labels = torch.randint(0, CLASSES, (args.images,), generator=generator)
    rows = []
    print(f"| architecture | pass | variant | ms / 1,024 images (mean ± sd, {args.iterations} iterations) | images/s |")
    print("|---|---|---|---:|---:|")
    for architecture in [a.strip() for a in args.architectures.split(",") if a.strip()]:
        for pass_name in [p.strip() for p in args.passes.split(",") if p.strip()]:
            if pass_name not in ("train", "infer"):
                sys.exit(f"network_peers: unknown pass '{pass_name}'; known: train, infer")
            for variant in variants:
                row = time_pass(architecture, pass_name, variant, images, labels, args.warmup, args.iterations)
                rows.append(row)
                print(f"| {architecture} | {pass_name} | {variant} | {row['ms_per_1024']:.1f} ± "
                      f"{row['sd_ms_per_1024']:.1f} | {row['images_per_s']:.0f} |", flush=True)
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"torch": torch.__version__, "numpy": np.__version__, "threads": torch.get_num_threads(),
                       "interop_threads": torch.get_num_interop_threads(), "cpu": model_line, "flags": flags,
                       "parameters": parameters, "malloc": malloc, "skipped": skipped, "rows": rows}, out, indent=1)


def jmh_rows(path):
    """(architecture, pass, memory format) -> (ms per 1,024 images, JMH's 99.9% error) of NetworkPassBenchmark in a
    JMH JSON (memory format 'contiguous' where the JSON predates the parameter)."""
    with open(path) as f:
        results = json.load(f)
    rows = {}
    for result in results:
        if ".NetworkPassBenchmark." not in result["benchmark"]:
            continue
        params = result["params"]
        metric = result["primaryMetric"]
        if metric["scoreUnit"] != "ms/op":
            sys.exit(f"network_peers: {path}: expected ms/op, got {metric['scoreUnit']}; run JMH with -tu ms -bm avgt")
        scale = 1024.0 / int(params["images"])
        error = metric["scoreError"]
        error = float("nan") if error in (None, "NaN") else float(error)
        precision = params.get("precision", "fp32")
        key = (params["architecture"], params["pass"],
               params.get("memoryFormat", "contiguous") + ("" if precision == "fp32" else " " + precision))
        rows[key] = (metric["score"] * scale, error * scale)
    return rows


def table_command(args):
    if len(args.jmh) != len(args.peer):
        sys.exit(f"network_peers: {len(args.jmh)} JMH files but {len(args.peer)} peer files; give one of each per round")
    peers = []
    for path in args.peer:
        with open(path) as f:
            peers.append(json.load(f))
    variants = [v for v in VARIANTS if any(r["variant"] == v for p in peers for r in p["rows"])]
    print("| round | architecture | pass | falbench memory format (precision) | falbench ms / 1,024 (± 99.9% error) | "
          + " | ".join(f"torch {v} ms (± sd) | {v} / falbench" for v in variants) + " |")
    print("|---|---|---|---|---:|" + "---:|---:|" * len(variants))
    for round_index, (jmh_path, peer) in enumerate(zip(args.jmh, peers), start=1):
        ours = jmh_rows(jmh_path)
        by_key = {(r["architecture"], r["pass"], r["variant"]): r for r in peer["rows"]}
        for (architecture, pass_name, memory_format), (ms, error) in ours.items():
            cells = []
            for variant in variants:
                row = by_key.get((architecture, pass_name, variant))
                if row is None:
                    cells += ["-", "-"]
                else:
                    cells += [f"{row['ms_per_1024']:.1f} ± {row['sd_ms_per_1024']:.1f}", f"{row['ms_per_1024'] / ms:.2f}"]
            print(f"| {round_index} | {architecture} | {pass_name} | {memory_format} | {ms:.1f} ± {error:.1f} | "
                  + " | ".join(cells) + " |")
    print()
    for round_index, peer in enumerate(peers, start=1):
        print(f"round {round_index} peer: torch {peer['torch']}, numpy {peer['numpy']}, {peer['threads']} threads "
              f"(interop {peer['interop_threads']}), cpu {peer['cpu']}; "
              + ", ".join(f"{k} {'yes' if v else 'no'}" for k, v in peer["flags"].items())
              + "; glibc " + (", ".join(f"{k}={v}" for k, v in peer["malloc"].items()) if "malloc" in peer
                              else "knobs not recorded")
              + ("; " + "; ".join(peer["skipped"]) if peer["skipped"] else ""))
    print("ratio: the peer's time over falbench's (below 1: PyTorch eager is faster).")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    timing = commands.add_parser("time", help="time the peer's passes")
    timing.add_argument("--architectures", default="cnn4conv,resnet8")
    timing.add_argument("--passes", default="train,infer")
    timing.add_argument("--variants", default=",".join(VARIANTS))
    timing.add_argument("--images", type=int, default=1024)
    timing.add_argument("--warmup", type=int, default=2)
    timing.add_argument("--iterations", type=int, default=10)
    timing.add_argument("--json", help="write every row (and the versions, threads, CPU) to this file")
    table = commands.add_parser("table", help="the Markdown table of JMH's and the peer's JSON, one pair per round")
    table.add_argument("--jmh", nargs="+", required=True, help="JMH JSON files of NetworkPassBenchmark, one per round")
    table.add_argument("--peer", nargs="+", required=True, help="the `time --json` files, one per round")
    args = parser.parse_args()
    if args.command == "time":
        if args.images < 1 or args.iterations < 1 or args.warmup < 0:
            sys.exit("network_peers: --images and --iterations must be >= 1, --warmup >= 0")
        time_command(args)
    else:
        table_command(args)


if __name__ == "__main__":
    main()
