#!/usr/bin/env bash
# bench-peers.sh: our kernels (JMH, `falbench bench kernels`) and their Python peers (NumPy, scikit-learn) in one run,
# at the same sizes and thread count; writes reports/results/kernels/peers.md (ours, the peer's, the ratio, the bounds).
# Installs python3-numpy and python3-sklearn from Debian when missing (needs root; no pip).
# Environment: FALBENCH_THREADS (default: all cores), SKIP_OURS=1 to reuse an existing jmh-targets.json,
# PEER_REPEATS (default 2).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/reports/results/kernels"
PY=/usr/bin/python3   # Debian's interpreter: the apt packages live there, whatever python3 is first on PATH

if ! "$PY" -c "import numpy, sklearn" 2>/dev/null; then
  echo "bench-peers: installing python3-numpy python3-sklearn from Debian ..." >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-numpy python3-sklearn >&2
fi

THREADS="${FALBENCH_THREADS:-$(nproc)}"
export FALBENCH_THREADS="$THREADS" OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"
mkdir -p "$OUT"
echo "bench-peers: $THREADS threads; load: $(uptime)" >&2

if [ "${SKIP_OURS:-0}" != 1 ]; then
  "$ROOT/scripts/falbench" bench kernels --name jmh-targets
fi
"$PY" "$ROOT/scripts/bench_peers.py" --jmh "$OUT/jmh-targets.json" --out "$OUT/peers.md" --repeats "${PEER_REPEATS:-2}"
echo "bench-peers: wrote $OUT/peers.md; load: $(uptime)" >&2
