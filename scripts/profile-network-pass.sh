#!/usr/bin/env bash
# profile-network-pass.sh: where one network pass spends its time. Runs NetworkPassBenchmark (JMH) for one
# architecture, pass and memory format under `perf record`, with oneDNN naming its generated kernels
# (ONEDNN_JIT_PROFILE=2), and prints scripts/perf_breakdown.py's table (time per kind of work: convolutions, batch
# norm, pooling, elementwise kernels, the OpenMP runtime, the operating system, the JVM) and the hottest symbols;
# writes it to OUT/profile-ARCHITECTURE-PASS-FORMAT.md beside perf.data. Needs `perf` (Debian's linux-perf).
# Environment: ARCHITECTURE (cnn4conv), PASS (train or infer; train), MEMORY_FORMAT (contiguous or channels-last;
# contiguous), FALBENCH_THREADS (default: all cores), JMH_OPTS (default "-wi 2 -i 4 -w 3s -r 3s"),
# OUT (default reports/results/kernels/network-profile), FALBENCH_JAVA_OPTS (default -Xmx12g, as scripts/falbench).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${OUT:-$ROOT/reports/results/kernels/network-profile}"
ARCHITECTURE="${ARCHITECTURE:-cnn4conv}"
PASS="${PASS:-train}"
MEMORY_FORMAT="${MEMORY_FORMAT:-contiguous}"
command -v perf >/dev/null || { echo "profile-network-pass: needs perf (apt-get install linux-perf)" >&2; exit 2; }
"$ROOT/scripts/falbench" --version >/dev/null   # builds benchmarks/target when sources changed
THREADS="${FALBENCH_THREADS:-$(nproc)}"
export FALBENCH_THREADS="$THREADS" ONEDNN_JIT_PROFILE=2
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}"   # as scripts/falbench: one glibc arena for our JVM
HUGE_PAGES=""
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  HUGE_PAGES="-XX:+UseTransparentHugePages"
fi
mkdir -p "$OUT"
NAME="$ARCHITECTURE-$PASS-$MEMORY_FORMAT"
# shellcheck disable=SC2086
perf record -F 499 -o "$OUT/$NAME.perf.data" -- \
  java $HUGE_PAGES ${FALBENCH_JAVA_OPTS:--Xmx12g} --add-modules jdk.incubator.vector -Dai.djl.offline=true \
  -Dfalbench.home="$ROOT" -cp "$ROOT/benchmarks/target/classes:$ROOT/benchmarks/target/lib/*" org.openjdk.jmh.Main \
  'io\.falbench\.bench\.NetworkPassBenchmark\.' -p architecture="$ARCHITECTURE" -p pass="$PASS" -p images=1024 \
  -p memoryFormat="$MEMORY_FORMAT" -f 1 -bm avgt -tu ms ${JMH_OPTS:--wi 2 -i 4 -w 3s -r 3s} >&2
{
  echo "$NAME, $THREADS threads, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
  echo
  perf report -i "$OUT/$NAME.perf.data" --sort dso,sym --stdio -t ';' 2>/dev/null | "$ROOT/scripts/perf_breakdown.py"
} | tee "$OUT/profile-$NAME.md"
