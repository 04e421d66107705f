#!/usr/bin/env bash
# Parallel efficiency under mpirun, on each rank count, REPEAT times each; prints every run, then the median
# wall time per rank count, the speed-up and the efficiency T(P0) P0 / (P T(P)) against the first count P0.
# Not part of CI (minutes).
#   ci/mpi-bench.sh GLASS.data [K=100] [RANK_COUNTS="1 2"] [REPEAT=3]
#       `modekick bench modes`: the lowest K modes (--system harmonic; SYSTEM=lj to change). One rank
#       factorises with CHOLMOD, several with MUMPS; PACKAGE=mumps (or cholmod, which needs one rank) names
#       the package for every count, for a like-for-like efficiency
#   ci/mpi-bench.sh excite GLASS.data [K=20] [RANK_COUNTS="1 2"] [REPEAT=3]
#       `modekick excite` of the lowest K modes (computed once first) in task groups of RANKS_PER_TASK ranks
#       (default 1), each run in a fresh directory; the wall time is excite's own (after set-up), and every
#       run's excitations.csv is compared with the first's (with one rank per task they must be identical)
set -euo pipefail
cd "$(dirname "$0")/.."
what=modes
if [ "${1:-}" = excite ]; then
  what=excite
  shift
fi
glass=${1:?usage: ci/mpi-bench.sh [excite] GLASS.data [K] [RANK_COUNTS] [REPEAT]}
k=${2:-$([ "$what" = excite ] && echo 20 || echo 100)}
counts=${3:-1 2}
repeat=${4:-3}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_mpi_yield_when_idle=1
export OPENBLAS_NUM_THREADS=1 # one BLAS thread per rank: the ranks are the parallelism
# Rank counts alternate within each repetition, so that a change in the machine's load hits all alike.
declare -A times median
if [ "$what" = excite ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/modekick-mpi-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  java/target/modekick modes "$glass" --system "${SYSTEM:-harmonic}" --count "$k" -o "$work/modes" > /dev/null
fi
for ((i = 1; i <= repeat; i++)); do
  for p in $counts; do
    if [ "$what" = excite ]; then
      out="$work/excite-$p-$i"
      # "20 modes excited (20 computed now, session 1, 2 ranks in 2 task groups of 1, 12.3 s)"
      line=$(mpirun -np "$p" --bind-to none --oversubscribe java/target/modekick excite "$glass" \
        --system "${SYSTEM:-harmonic}" --modes "$work/modes" --ranks-per-task "${RANKS_PER_TASK:-1}" --workers 1 \
        -o "$out" | head -1)
      [ -e "$work/first.csv" ] || cp "$out/excitations.csv" "$work/first.csv"
      same=$(cmp -s "$work/first.csv" "$out/excitations.csv" && echo identical || echo DIFFERENT)
      echo "ranks=$p run=$i $line excitations.csv $same"
      times[$p]+=" $(sed -E 's/.*, ([0-9.]+) s\)$/\1/' <<<"$line")"
      rm -rf "$out"
    else
      package_options=()
      if [ -n "${PACKAGE:-}" ]; then
        package_options=(--petsc-options "-st_pc_factor_mat_solver_type $PACKAGE")
      fi
      line=$(mpirun -np "$p" --bind-to none --oversubscribe java/target/modekick bench modes "$glass" \
        --system "${SYSTEM:-harmonic}" --count "$k" --no-baseline "${package_options[@]}" | grep '^modekick ')
      echo "$line"
      times[$p]+=" $(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"$line")"
    fi
  done
done
for p in $counts; do
  median[$p]=$(printf '%s\n' ${times[$p]} | sort -g |
    awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
done
first=${counts%% *}
echo "ranks  median seconds  speed-up  efficiency"
for p in $counts; do
  awk -v p="$p" -v t="${median[$p]}" -v t1="${median[$first]}" -v p1="$first" \
    'BEGIN {printf "%5d  %14.2f  %8.2f  %9.0f%%\n", p, t, t1 / t, 100 * (t1 * p1) / (p * t)}'
done
