#!/usr/bin/env bash
# MPI checks: each command under `mpirun -np $RANKS` must give what a 1-process run gives, to the solver's
# or FIRE's tolerance: prepare, modes, excite (task groups of 1 and of $RANKS ranks, a killed run resumed),
# a whole study, barriers and thermal (byte-identical files). Runs after `mvn -B install` (needs java/target/modekick); a few minutes on 2 cores.
# Exit code: 0 when every check passed, 1 otherwise (the figures of each comparison are printed).
#
# Adding a check: run it with run_both, which runs the command once serially and once under mpirun with
# @OUT@ replaced by $work/serial/NAME and $work/parallel/NAME, then compare the two directories with one
# of the hidden compare-* commands and record the outcome with `check`.
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

# excite with one rank per task group ($RANKS groups): each mode runs exactly as in one process and rank 0
# writes what a serial run writes, so excitations.csv and trials.csv must be byte-identical.
modes="$work/serial/modes-count"
run_both excite excite "$glass" --system harmonic --modes "$modes" --count 8 --ranks-per-task 1 -o @OUT@
check "excite: the one report" once excite "modes excited"
# identical DIR1 DIR2 FILE...: each FILE byte-identical in both directories
identical() {
  local a=$1 b=$2 f status=0
  shift 2
  for f in "$@"; do
    if cmp -s "$a/$f" "$b/$f"; then echo "  $f identical"; else echo "  $f DIFFERS"; status=1; fi
  done
  return $status
}
same_files() { identical "$1" "$2" excitations.csv trials.csv; }
check "excite, groups of 1: byte-identical files" same_files "$work/serial/excite" "$work/parallel/excite"
check "excite, groups of 1: A_c per mode" "$modekick" compare-excite "$work/serial/excite" "$work/parallel/excite" \
  --amplitude-tolerance 0

# excite with one group of $RANKS ranks: one LAMMPS instance domain-decomposed over all of them. Forces and
# energies are summed in another order, so trajectories agree only to rounding and FIRE's tolerance: the
# same statuses and final-state groups, A_c within the search's precision (1e-2 relative).
mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" excite "$glass" --system harmonic --modes "$modes" \
  --count 8 --ranks-per-task "$RANKS" -o "$work/parallel/excite-domain" > "$work/parallel/excite-domain.txt"
check "excite, one group of $RANKS: the one report" once excite-domain "in 1 task group of $RANKS"
check "excite, one group of $RANKS: A_c per mode" "$modekick" compare-excite "$work/serial/excite" \
  "$work/parallel/excite-domain" --amplitude-tolerance 1e-2

# ranks per task that do not divide the ranks: a usage error (exit 2), printed once, nothing written
refuses_groups() {
  local out status=0
  out=$(mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" excite "$glass" --system harmonic \
    --modes "$modes" --ranks-per-task $((RANKS + 1)) -o "$work/parallel/excite-refused" 2>&1) || status=$?
  echo "  exit $status; $(grep -c 'cannot be split into task groups' <<< "$out") message(s)"
  [ "$status" -eq 2 ] && [ "$(grep -c 'cannot be split into task groups' <<< "$out")" -eq 1 ] \
    && [ ! -e "$work/parallel/excite-refused" ]
}
check "excite: ranks per task must divide the ranks" refuses_groups

# A killed MPI run resumes: its ranks are killed (SIGKILL, as by a node failure or a scheduler's hard limit) once
# two modes are in the journal, then the run is started again; the second session computes only the rest and the
# files are those of the uninterrupted serial run. The ranks themselves are killed, at once: a SIGTERM to mpirun
# reaches them only after the JVMs' shutdown, long enough on a quiet machine (~0.15 s a mode) for all 8 to finish.
killed_and_resumed() {
  local dir="$work/parallel/excite-killed" args pid lines=0 i
  args=(excite "$glass" --system harmonic --modes "$modes" --count 8 -o "$dir")
  mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" "${args[@]}" > "$dir.first.txt" 2>&1 &
  pid=$!
  for ((i = 0; i < 6000; i++)); do
    lines=$( { wc -l < "$dir/journal.jsonl"; } 2>/dev/null || echo 0)
    [ "$lines" -ge 2 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  pkill -KILL -f -- "-o $dir" 2>/dev/null || true # the ranks' JVMs (their command lines name the directory)
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  lines=$(wc -l < "$dir/journal.jsonl")
  echo "  killed with $lines of 8 modes in the journal"
  if [ "$lines" -ge 8 ] || [ -e "$dir/excitations.csv" ]; then
    echo "  the run finished before it was killed: nothing was resumed"
    return 1
  fi
  mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" "${args[@]}" > "$dir.resumed.txt"
  grep -q "($((8 - lines)) computed now, session 2" "$dir.resumed.txt" \
    || { echo "  the resumed run did not compute exactly the $((8 - lines)) missing modes:"; cat "$dir.resumed.txt"; return 1; }
  echo "  resumed: $(head -1 "$dir.resumed.txt")"
  same_files "$work/serial/excite" "$dir"
}
check "excite: a killed MPI run resumes to the serial files" killed_and_resumed

# A directory another run holds: rank 0 finds the lock taken, every rank agrees, the job exits 1 with the holder
# named once, and writes nothing. Python's fcntl.lockf takes the same POSIX lock as Java's FileChannel.lock.
refuses_held() {
  local dir="$work/parallel/excite-held" out status=0 holder
  mkdir -p "$dir"
  python3 -c 'import fcntl, sys, time
f = open(sys.argv[1], "a+"); fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
f.write("modekick excite, pid 4711 on host elsewhere\n"); f.flush(); print("held", flush=True); time.sleep(300)' \
    "$dir/modekick.lock" > "$dir.holder" &
  holder=$!
  for ((i = 0; i < 100; i++)); do grep -q held "$dir.holder" 2>/dev/null && break; sleep 0.1; done
  out=$(mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" excite "$glass" --system harmonic \
    --modes "$modes" --count 2 -o "$dir" 2>&1) || status=$?
  kill "$holder"
  wait "$holder" 2>/dev/null || true
  echo "  exit $status; $(grep -c 'is in use by another run: modekick excite, pid 4711 on host elsewhere' <<< "$out") message(s);"\
    "in the directory: $(ls -A "$dir" | tr '\n' ' ')"
  [ "$status" -eq 1 ] && [ "$(grep -c 'is in use by another run: modekick excite, pid 4711' <<< "$out")" -eq 1 ] \
    && [ "$(ls -A "$dir")" = modekick.lock ]
}
check "excite: a directory another run holds is refused by every rank" refuses_held

# study under mpirun: prepare, modes and excite as ordinary MPI commands, then the report, written once.
study_runs() {
  local dir="$work/parallel/study"
  mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" study --system harmonic --sizes 400 --samples 1 \
    --count 4 -o "$dir" > "$dir.txt"
  local rows reports
  rows=$(($(wc -l < "$dir/harmonic-N400-seed1/excite/excitations.csv") - 1))
  reports=$(grep -c '^report: ' "$dir/study.log" || true)
  echo "  $rows modes excited; $reports report line(s) in study.log; $(tail -1 "$dir.txt")"
  [ "$rows" -eq 4 ] && [ "$reports" -eq 1 ] && [ -s "$dir/report/report.html" ] \
    && grep -q '"mpi_ranks": '"$RANKS" "$dir/harmonic-N400-seed1/excite/summary.json"
}
check "study under mpirun" study_runs

# barriers and thermal: one transition (one (T, seed) run) per rank at a time, results sent to rank 0, which
# writes them: the paths, profiles, dumps, barriers.csv, excitations.csv, quenches.csv and escape.csv must be
# byte-identical to a serial run's. A small glass (N = 150) whose two lowest modes give two transitions.
small="$work/serial/small"
mkdir -p "$small"
"$modekick" prepare --system harmonic -n 150 --seed 2 -o "$small/glass.data" > /dev/null
"$modekick" excite "$small/glass.data" --system harmonic --count 2 --a-min 1e-5 --workers 1 -o "$small/excite" \
  > /dev/null
cp -r "$small/excite" "$work/serial/barriers"
cp -r "$small/excite" "$work/parallel/barriers"
run_both barriers barriers @OUT@ --system harmonic --workers 1
check "barriers: the one report" once barriers "transitions ("
same_paths() {
  local status=0
  identical "$1" "$2" barriers/barriers.csv barriers/path-1.dump barriers/path-1.csv barriers/path-2.dump \
    barriers/path-2.csv excitations.csv || status=1
  grep -q "$RANKS MPI ranks" "$work/parallel/barriers.txt" || { echo "  not run on $RANKS ranks"; status=1; }
  return $status
}
check "barriers: byte-identical paths" same_paths "$work/serial/barriers" "$work/parallel/barriers"
run_both thermal thermal "$small/glass.data" --system harmonic --excite "$small/excite" --temperatures 1e-5,1e-4 \
  --seeds 2 --quenches 2 --interval 500 --workers 1 -o @OUT@
check "thermal: the one report" once thermal "runs computed now"
check "thermal: byte-identical quenches" identical "$work/serial/thermal" "$work/parallel/thermal" quenches.csv escape.csv

# study --barriers --thermal under mpirun: both steps after excite, on every rank, the report once
study_beyond() {
  local dir="$work/parallel/study-beyond" sample
  mpirun -np "$RANKS" --bind-to none --oversubscribe "$modekick" study --system harmonic --sizes 150 --seed 2 \
    --count 2 --barriers --thermal 0.1 --seeds 1 --quenches 2 --interval 300 -o "$dir" > "$dir.txt"
  sample="$dir/harmonic-N150-seed2"
  echo "  $(($(wc -l < "$sample/excite/barriers/barriers.csv") - 1)) paths;"\
    "$(($(wc -l < "$sample/thermal/escape.csv") - 1)) temperature(s); $(tail -1 "$dir.txt")"
  [ "$(wc -l < "$sample/excite/barriers/barriers.csv")" -ge 2 ] && [ "$(wc -l < "$sample/thermal/escape.csv")" -eq 2 ] \
    && grep -q "\"mpi_ranks\": $RANKS" "$sample/thermal/summary.json" && [ -s "$dir/report/report.html" ] \
    && [ "$(grep -c '^report: ' "$dir/study.log" || true)" -eq 1 ]
}
check "study --barriers --thermal under mpirun" study_beyond

if [ "${#failed[@]}" -gt 0 ]; then
  printf 'MPI checks FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "MPI checks passed"
