#!/usr/bin/env bash
# The suite under load: `make test` N times in a row (default 3) while `stress-ng --cpu 2` keeps the
# machine busy. Stops at the first red run. Each run's wall time and the load are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
command -v stress-ng >/dev/null || { echo "stress-ng is missing: apt-get install stress-ng" >&2; exit 2; }

stress-ng --cpu 2 --timeout 0 --quiet &
stress_pid=$!
trap 'kill "$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null || true' EXIT

for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs under stress-ng --cpu 2 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(date +%s)
  if ! make test; then
    echo "== run $run FAILED after $(( $(date +%s) - start )) s" >&2
    exit 1
  fi
  echo "== run $run green in $(( $(date +%s) - start )) s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo "== $runs runs green in a row under load"
