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
# MODES_harmonic_32000=3; WORKERS_<S>_<N>=1 runs one worker count only). Each glass's table goes to OUT_DIR/S-N.txt
# and to the terminal.
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
# The yardstick: LAMMPS's lj/cut (its standard melt, N = 16,000, cutoff 2.5, skin 0.3) on the same machine, the
# time of its Pair section per step and neighbour pair.
if command -v lmp > /dev/null; then
  cat > "$out/in.lj" <<'LJ'
units lj
atom_style atomic
lattice fcc 0.8442
region box block 0 20 0 20 0 10
create_box 1 box
create_atoms 1 box
mass 1 1.0
velocity all create 1.44 87287 loop geom
pair_style lj/cut 2.5
pair_coeff 1 1 1.0 1.0 2.5
neighbor 0.3 bin
neigh_modify delay 0 every 1 check yes
fix 1 all nve
thermo 100
run 200
LJ
  (cd "$out" && lmp -in in.lj -log lj-cut.log -screen none)
  awk '/^Pair  /{p=$3} /^Loop time/{s=$9} /Total # of neighbors/{n=$6} END {printf "lj/cut yardstick (N = 16000, 200 NVE steps): Pair %.1f ns per pair and step, %d pairs\n", 1e9*p/s/n, n}' "$out/lj-cut.log"
fi
for spec in "harmonic 2000 20" "lj 2000 8" "harmonic 16000 4" "lj 8000 3" "harmonic 32000 3"; do
  set -- $spec
  system=$1 n=$2 count=$3
  var="MODES_${system}_${n}"
  count=${!var:-$count}
  wvar="WORKERS_${system}_${n}"
  workers=${!wvar:-1,2}
  glass=$glasses/$system-$n-1.data
  [ -f "$glass" ] || "$modekick" prepare --system "$system" -n "$n" --seed 1 -o "$glass"
  modes=$glasses/excite-modes/$system-$n-1
  [ -f "$modes/modes.csv" ] || "$modekick" modes "$glass" --system "$system" --count "$count" -o "$modes"
  echo "== $system N = $n, $count modes ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
  rm -rf "$out/$system-$n"
  "$modekick" bench excite "$glass" --system "$system" --modes "$modes" --count "$count" --workers "$workers" \
    --baseline "$baseline" -o "$out/$system-$n" | tee "$out/$system-$n.txt"
done
