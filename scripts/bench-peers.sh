#!/usr/bin/env bash
# bench-peers.sh: our kernels (JMH, `falbench bench kernels`) and their Python peers (NumPy, scikit-learn) in one run,
# at the same sizes and thread count; writes reports/results/kernels/peers.md (ours, the peer's, the ratio, the bounds).
# Installs python3-numpy, python3-sklearn, python3-threadpoolctl and the optimised OpenBLAS (libopenblas0-pthread)
# from Debian when missing (needs root; no pip). The peers run at their best: on OpenBLAS (bench_peers.py refuses the
# reference BLAS) with its own core detection, i.e. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for the Python
# process alone (some machines set them; they slow a current NumPy). The report records the BLAS and core it ran.
# Environment: FALBENCH_THREADS (default: all cores), SKIP_OURS=1 to reuse an existing jmh-targets.json,
# PEER_REPEATS (default 2).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/reports/results/kernels"
PY=/usr/bin/python3   # Debian's interpreter: the apt packages live there, whatever python3 is first on PATH

if ! "$PY" -c "import numpy, sklearn, threadpoolctl" 2>/dev/null || ! dpkg -s libopenblas0-pthread >/dev/null 2>&1; then
  echo "bench-peers: installing python3-numpy python3-sklearn python3-threadpoolctl libopenblas0-pthread from Debian ..." >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-numpy python3-sklearn python3-threadpoolctl \
    libopenblas0-pthread >&2
fi

THREADS="${FALBENCH_THREADS:-$(nproc)}"
export FALBENCH_THREADS="$THREADS" OMP_NUM_THREADS="$THREADS" OPENBLAS_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"
mkdir -p "$OUT"
echo "bench-peers: $THREADS threads; load: $(uptime)" >&2

if [ "${SKIP_OURS:-0}" != 1 ]; then
  "$ROOT/scripts/falbench" bench kernels --name jmh-targets
fi
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PY" "$ROOT/scripts/bench_peers.py" --jmh "$OUT/jmh-targets.json" --out "$OUT/peers.md" --repeats "${PEER_REPEATS:-2}"
echo "bench-peers: wrote $OUT/peers.md; load: $(uptime)" >&2
