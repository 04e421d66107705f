#!/usr/bin/env bash
# Before/after table of `modekick bench excite` (issue 11): harmonic N = 2000, 16,000, 32,000 and LJ N = 2000,
# 8,000, with 1 and 2 workers, this build against a baseline build's launcher, on the same glasses and the same
# modes (computed once per glass, then given to both builds with --modes).
#
#   ci/excite-bench.sh BASELINE_LAUNCHER GLASS_DIR OUT_DIR
#
# GLASS_DIR holds harmonic-2000-1.data ... lj-8000-1.data (`modekick prepare --system S -n N --seed 1`; missing
# ones are made) and is where the modes are kept (GLASS_DIR/excite-modes/S-N-1). The modes per glass are kept few
# at large N so that the table fits in about half an hour on two cores (MODES_<S>_<N> overrides, e.g.
# MODES_harmonic_32000=3). Each glass's table goes to OUT_DIR/S-N.txt and to the terminal.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 BASELINE_LAUNCHER GLASS_DIR OUT_DIR" >&2
  exit 2
fi
baseline=$1 glasses=$2 out=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
modekick=$here/java/target/modekick
[ -x "$modekick" ] || { echo "$modekick missing: build first" >&2; exit 1; }
[ -x "$baseline" ] || { echo "$baseline is not an executable launcher" >&2; exit 1; }
mkdir -p "$out" "$glasses/excite-modes"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
for spec in "harmonic 2000 20" "lj 2000 20" "harmonic 16000 5" "lj 8000 5" "harmonic 32000 3"; do
  set -- $spec
  system=$1 n=$2 count=$3
  var="MODES_${system}_${n}"
  count=${!var:-$count}
  glass=$glasses/$system-$n-1.data
  [ -f "$glass" ] || "$modekick" prepare --system "$system" -n "$n" --seed 1 -o "$glass"
  modes=$glasses/excite-modes/$system-$n-1
  [ -f "$modes/modes.csv" ] || "$modekick" modes "$glass" --system "$system" --count "$count" -o "$modes"
  echo "== $system N = $n, $count modes ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
  rm -rf "$out/$system-$n"
  "$modekick" bench excite "$glass" --system "$system" --modes "$modes" --count "$count" --workers 1,2 \
    --baseline "$baseline" -o "$out/$system-$n" | tee "$out/$system-$n.txt"
done
