#!/usr/bin/env bash
# Parallel efficiency of `modekick modes` (lowest K modes): `modekick bench modes` under mpirun on each rank
# count, REPEAT times each; prints every run, then the median wall time per rank count and the efficiency
# T(P0) P0 / (P T(P)) against the first count P0. Not part of CI (minutes at N = 32,000).
#   ci/mpi-bench.sh GLASS.data [K=100] [RANK_COUNTS="1 2"] [REPEAT=3]   (--system harmonic; SYSTEM=lj to change)
set -euo pipefail
cd "$(dirname "$0")/.."
glass=${1:?usage: ci/mpi-bench.sh GLASS.data [K] [RANK_COUNTS] [REPEAT]}
k=${2:-100}
counts=${3:-1 2}
repeat=${4:-3}
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_mpi_yield_when_idle=1
export OPENBLAS_NUM_THREADS=1 # one BLAS thread per rank: the ranks are the parallelism
# Rank counts alternate within each repetition, so that a change in the machine's load hits all alike.
declare -A times median
for ((i = 1; i <= repeat; i++)); do
  for p in $counts; do
    line=$(mpirun -np "$p" --bind-to none --oversubscribe java/target/modekick bench modes "$glass" \
      --system "${SYSTEM:-harmonic}" --count "$k" --no-baseline | grep '^modekick ')
    echo "$line"
    times[$p]+=" $(sed -E 's/.* seconds=([0-9.]+).*/\1/' <<<"$line")"
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
