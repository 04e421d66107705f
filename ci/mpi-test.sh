#!/usr/bin/env bash
# MPI checks: each command under `mpirun -np $RANKS` must give what a 1-process run gives, to the solver's
# or FIRE's tolerance. Runs after `mvn -B install` (needs java/target/modekick); about a minute on 2 cores.
# Exit code: 0 when every check passed, 1 otherwise (the figures of each comparison are printed).
#
# Adding a check (excite, once it runs under MPI): run it with run_both, which runs the command once
# serially and once under mpirun with @OUT@ replaced by $work/serial/NAME and $work/parallel/NAME, then
# compare the two directories and record the outcome with `check`, e.g.
#   run_both excite excite "$glass" --system harmonic --modes "$work/serial/modes-count" --ranks-per-task 1 \
#       -o @OUT@
#   check "excite: A_c per mode" "$modekick" compare-excite "$work/serial/excite" "$work/parallel/excite"
# (compare-excite is to be written: A_c to the bisection tolerance, the same final-state groups).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# OpenMPI as root, on an oversubscribed machine (platform-notes.md); one BLAS thread per rank
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_mpi_yield_when_idle=1
export OPENBLAS_NUM_THREADS=1
RANKS="${MODEKICK_MPI_TEST_RANKS:-2}"
modekick="$PWD/java/target/modekick"
[ -x "$modekick" ] || { echo "mpi-test: $modekick is missing; run 'mvn -B install' first" >&2; exit 1; }
command -v mpirun >/dev/null || { echo "mpi-test: mpirun not found (apt-get install openmpi-bin)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/modekick-mpi-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/serial" "$work/parallel"
failed=()

# run_both NAME COMMAND ARGS...: serial, then under mpirun; @OUT@ in ARGS becomes each run's own output.
# Stdout goes to $work/{serial,parallel}/NAME.txt; a failing run ends the script (set -e).
run_both() {
  local name=$1
  shift
  local side start
  for side in serial parallel; do
    local args=("${@//@OUT@/$work/$side/$name}")
    start=$(date +%s%N)
    if [ "$side" = serial ]; then
      "$modekick" "${args[@]}" > "$work/$side/$name.txt"
    else
      mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" "${args[@]}" > "$work/$side/$name.txt"
    fi
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf '  %-8s %-22s %4d.%03d s\n' "$side" "$name" $((ms / 1000)) $((ms % 1000))
  done
}

# check DESCRIPTION COMMAND...: runs a comparison, prints its figures, records a failure.
check() {
  local what=$1
  shift
  echo "== $what"
  if ! "$@"; then
    failed+=("$what")
  fi
}

# The report must come from rank 0 alone: exactly one copy of its first line.
once() {
  local name=$1 pattern=$2 count
  count=$(grep -c -- "$pattern" "$work/parallel/$name.txt" || true)
  if [ "$count" -ne 1 ]; then
    echo "  the $RANKS-rank report of $name has $count copies of '$pattern', expected 1:"
    sed 's/^/    /' "$work/parallel/$name.txt"
    return 1
  fi
}

echo "MPI checks with $RANKS ranks against 1 process"
"$modekick" mpi-check | sed 's/^/  /'
mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" mpi-check | sed 's/^/  /'

# prepare: LAMMPS domain-decomposed. The same inherent structure to FIRE's tolerance (|F| < 1e-10): energy
# per particle to 1e-12 relative, every particle within 1e-8 of its counterpart (atom IDs differ: LAMMPS
# numbers create_atoms random atoms processor by processor).
run_both glass prepare --system harmonic -n 1000 --seed 3 -o @OUT@/glass.data
check "prepare: the one report" once glass "prepared harmonic glass"
check "prepare: same glass" "$modekick" compare-glasses "$work/serial/glass/glass.data" \
  "$work/parallel/glass/glass.data" --system harmonic --energy-tolerance 1e-12 --position-tolerance 1e-8

# modes: both solver paths (Krylov-Schur with deflation and an inertia check; spectrum slicing, also in
# growing windows), on the serial glass. Eigenvalues to 1e-10 relative, eigenvectors up to sign to 1e-6.
glass="$work/serial/glass/glass.data"
run_both modes-count modes "$glass" --system harmonic --count 20 -o @OUT@
run_both modes-omega modes "$glass" --system harmonic --omega-max 0.3 -o @OUT@
run_both modes-boson-peak modes "$glass" --system harmonic --below-boson-peak -o @OUT@
for name in modes-count modes-omega modes-boson-peak; do
  check "$name: the one report" once "$name" "modes of N = 1000"
  check "$name: same modes" "$modekick" compare-modes "$work/serial/$name" "$work/parallel/$name" \
    --eigenvalue-tolerance 1e-10 --vector-tolerance 1e-6
done

# excite does not split ranks into task groups yet: under mpirun it must refuse (exit 2, one message)
# and write nothing, rather than let every rank run the same search into one directory.
refuses_excite() {
  local out status=0
  out=$(mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" excite "$glass" --system harmonic \
    --modes "$work/serial/modes-count" -o "$work/parallel/excite" 2>&1) || status=$?
  echo "  exit $status; $(grep -c 'excite runs in one process' <<< "$out") message(s)"
  [ "$status" -ne 0 ] && [ "$(grep -c 'excite runs in one process' <<< "$out")" -eq 1 ] \
    && [ ! -e "$work/parallel/excite" ]
}
check "excite under mpirun: refused, nothing written" refuses_excite
# (when excite runs under MPI, add run_both/compare checks here: see the top of this file)

if [ "${#failed[@]}" -gt 0 ]; then
  printf 'MPI checks FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "MPI checks passed"
