#!/usr/bin/env bash
# run-traces.sh LABEL... ; LABEL = <initial%>-<rounds>x<epochs>
cd /work/i28-traces
for label in "$@"; do
  init=${label%%-*}; sched=${label#*-}; R=${sched%x*}; E=${sched#*x}
  every=$(( R / ${TRACE_POINTS:-20} )); [ $every -lt 1 ] && every=1
  start=$(date +%s)
  FALBENCH_THREADS=2 /work/wt-i28/scripts/falbench run base.conf --out runs/$label \
    --set al.initial=$init% --set fl.rounds=$R --set fl.local_epochs=$E --set fl.trace_every=$every > logs/$label.log 2>&1
  echo "$label rc $? $(( $(date +%s) - start )) s load $(cut -d' ' -f1 /proc/loadavg)"
done
