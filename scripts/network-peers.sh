#!/usr/bin/env bash
# network-peers.sh: falbench's network passes (JMH NetworkPassBenchmark: a training epoch and an inference pass of 1,024
# CIFAR-shaped images) and their PyTorch peer (scripts/network_peers.py: fp32 NCHW, channels-last, bf16 autocast),
# alternating ROUNDS times, at the same thread count; prints and writes one Markdown table (ours, each peer variant,
# the ratio peer / ours) to OUT/network-peers.md, beside each round's JSON. Installs python3-torch from Debian when
# missing (needs root; no pip). The peer runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for its process alone,
# as bench-peers.sh runs its peers, and with glibc's mmap and trim thresholds fixed as falbench fixes its own.
# Environment: FALBENCH_THREADS (default: all cores), ROUNDS (default 2), ARCHITECTURES (default cnn4conv,resnet8),
# MEMORY_FORMATS (falbench's train.memory_format values timed; default contiguous,channels-last), PRECISIONS
# (falbench's train.precision values; default fp32,bf16 where the CPU has avx512_bf16 or amx_bf16, else fp32),
# JMH_OPTS (default "-wi 3 -i 10 -w 3s -r 3s"), PEER_OPTS (default "--warmup 2 --iterations 10"),
# OUT (default reports/results/kernels/network-peers), FALBENCH_JAVA_OPTS (default -Xmx12g, as scripts/falbench).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$ROOT/reports/results/kernels/network-peers}"
PY=/usr/bin/python3   # Debian's interpreter: the apt packages live there, whatever python3 is first on PATH

if ! "$PY" -c "import torch, numpy" 2>/dev/null; then
  echo "network-peers: installing python3-torch from Debian ..." >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-torch >&2
fi

"$ROOT/scripts/falbench" --version >/dev/null   # builds benchmarks/target when sources changed

THREADS="${FALBENCH_THREADS:-$(nproc)}"
export FALBENCH_THREADS="$THREADS" OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"
export TORCH_CPP_LOG_LEVEL="${TORCH_CPP_LOG_LEVEL:-ERROR}"
ROUNDS="${ROUNDS:-2}"
ARCHITECTURES="${ARCHITECTURES:-cnn4conv,resnet8}"
MEMORY_FORMATS="${MEMORY_FORMATS:-contiguous,channels-last}"
if grep -qwE 'avx512_bf16|amx_bf16' /proc/cpuinfo; then
  PRECISIONS="${PRECISIONS:-fp32,bf16}"
else
  PRECISIONS="${PRECISIONS:-fp32}"
fi
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}"   # as scripts/falbench: one glibc arena for our JVM
HUGE_PAGES=""
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  HUGE_PAGES="-XX:+UseTransparentHugePages"
fi
mkdir -p "$OUT"
echo "network-peers: $THREADS threads, $ROUNDS rounds, $ARCHITECTURES, $MEMORY_FORMATS, $PRECISIONS; load: $(uptime)" >&2

JMH_FILES=()
PEER_FILES=()
for round in $(seq 1 "$ROUNDS"); do
  # The JMH fork inherits this JVM's options (those of scripts/falbench).
  # shellcheck disable=SC2086
  java $HUGE_PAGES ${FALBENCH_JAVA_OPTS:--Xmx12g} --add-modules jdk.incubator.vector -Dai.djl.offline=true \
    -Dfalbench.home="$ROOT" -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" org.openjdk.jmh.Main \
    'io\.falbench\.bench\.NetworkPassBenchmark\.' -p architecture="$ARCHITECTURES" -p pass=train,infer -p images=1024 \
    -p memoryFormat="$MEMORY_FORMATS" -p precision="$PRECISIONS" \
    -f 1 -bm avgt -tu ms ${JMH_OPTS:--wi 3 -i 10 -w 3s -r 3s} -rf json -rff "$OUT/jmh-$round.json" >&2
  # shellcheck disable=SC2086
  # glibc's thresholds fixed as falbench's NativeHeap fixes its own (mmap 32 MiB, trim 2 GiB): with glibc's moving
  # thresholds torch's inference passes swing between two speeds from run to run (CNN4Conv channels-last 108-386 ms).
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u MALLOC_ARENA_MAX MALLOC_MMAP_THRESHOLD_=$((32 << 20)) \
    MALLOC_TRIM_THRESHOLD_=$((2 << 30)) "$PY" "$ROOT/scripts/network_peers.py" time \
    --architectures "$ARCHITECTURES" ${PEER_OPTS:---warmup 2 --iterations 10} --json "$OUT/torch-$round.json" >&2
  JMH_FILES+=("$OUT/jmh-$round.json")
  PEER_FILES+=("$OUT/torch-$round.json")
done
"$PY" "$ROOT/scripts/network_peers.py" table --jmh "${JMH_FILES[@]}" --peer "${PEER_FILES[@]}" | tee "$OUT/network-peers.md"
echo "network-peers: wrote $OUT/network-peers.md; load: $(uptime)" >&2
