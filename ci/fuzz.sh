#!/usr/bin/env bash
# Hostile and careless input, through the launcher as a user runs it: bad data files, bad options, odd paths,
# concurrent runs, killed runs and journal damage. Every case runs in a directory of its own, with a TMPDIR of
# its own, under `timeout` (no hang), and must:
#   - refused cases: exit non-zero (never 124, a hang) with a message naming the file or option, and leave the
#     directory and TMPDIR exactly as they were (no stray files);
#   - cases that must work: exit 0 and write only where they were told;
#   - all: print no Java stack trace, and lose no finished result (the runs that are killed, damaged or run twice
#     at once end with the files of an undisturbed run).
# Runs after the build (needs java/target/modekick); about two minutes on two cores.
# Exit code: 0 when every case passed, 1 otherwise (the failing cases are listed with what they printed).
set -uo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export OPENBLAS_NUM_THREADS=1
modekick="${MODEKICK_FUZZ_LAUNCHER:-$PWD/java/target/modekick}" # another launcher: to see what it lets through
[ -x "$modekick" ] || { echo "fuzz: $modekick is missing; build first" >&2; exit 1; }
LIMIT=${MODEKICK_FUZZ_LIMIT:-120} # seconds per case: far above what any case takes

work=$(mktemp -d "${TMPDIR:-/tmp}/modekick-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
inputs="$work/inputs"
mkdir -p "$inputs"
failed=()
count=0
start=$(date +%s)

# The files of a directory, recursively, with sizes: what "no stray files" compares.
listing() { (cd "$1" && find . -mindepth 1 -printf '%p %s\n' | LC_ALL=C sort); }

# What a case left in its TMPDIR, but OpenMPI's session directory (ompi.*), which MPI_Init makes and keeps.
leftovers() { ls -A "$tmp" | grep -v '^ompi\.'; }

# A fresh case directory (the working directory of the case) and TMPDIR; sets $case and $tmp.
new_case() {
  count=$((count + 1))
  case="$work/case-$count"
  tmp="$work/tmp-$count"
  mkdir -p "$case" "$tmp"
}

# fail NAME WHY: records a failure with what the case printed.
fail() {
  failed+=("$1: $2")
  echo "  FAIL $1: $2"
  sed 's/^/      | /' "$case/.out" | head -20
}

# No stack trace, in what the case printed.
no_stack_trace() {
  ! grep -qE '^\s+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(|^Exception in thread|^Caused by: ' "$case/.out"
}

# run ARGS...: runs modekick in $case with stdout and stderr to $case/.out (hidden from the listing); sets $rc.
run() {
  (cd "$case" && TMPDIR="$tmp" timeout "$LIMIT" "$modekick" "$@" > .out 2>&1)
  rc=$?
}

# refuse NAME TEXT ARGS...: the command must exit non-zero with TEXT in its output and change nothing (but the
# files matching the regular expression $allow, when set: a stopped study keeps its study.log).
refuse() {
  local name=$1 text=$2
  shift 2
  new_case
  local before
  before=$(listing "$case")
  run "$@"
  mv "$case/.out" "$work/.out-$count"
  local after
  after=$(listing "$case" | grep -vE "${allow:-^$}")
  mv "$work/.out-$count" "$case/.out"
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then fail "$name" "no answer within $LIMIT s (a hang)"; return; fi
  if [ "$rc" -eq 0 ]; then fail "$name" "exit 0, expected a refusal"; return; fi
  if ! grep -qF -- "$text" "$case/.out"; then fail "$name" "exit $rc without '$text' in the message"; return; fi
  if ! no_stack_trace; then fail "$name" "a Java stack trace"; return; fi
  if [ "$before" != "$after" ]; then fail "$name" "stray files: $(diff <(echo "$before") <(echo "$after") | tr '\n' ' ')"; return; fi
  if [ -n "$(leftovers)" ]; then fail "$name" "left in TMPDIR: $(leftovers)"; return; fi
  echo "  ok   $name (exit $rc)"
}

# works NAME ARGS...: the command must succeed without a stack trace, leaving nothing in TMPDIR.
works() {
  local name=$1
  shift
  run "$@"
  if [ "$rc" -ne 0 ]; then fail "$name" "exit $rc"; return 1; fi
  if ! no_stack_trace; then fail "$name" "a Java stack trace"; return 1; fi
  if [ -n "$(leftovers)" ]; then fail "$name" "left in TMPDIR: $(leftovers)"; return 1; fi
  echo "  ok   $name"
}

# mutate IN OUT PYTHON: OUT is IN's data file with each Atoms line "id type x y z ..." passed through PYTHON, an
# expression of the list of words w and the line number i (0-based) that returns the new words.
mutate() {
  python3 - "$1" "$2" "$3" <<'EOF'
import random, sys
src, dst, expr = sys.argv[1:4]
random.seed(7)
out, atoms, i = [], False, 0
for line in open(src).read().split('\n'):
    w = line.split()
    if atoms and len(w) >= 5:
        line = ' '.join(eval(expr, {'random': random, 'w': w, 'i': i}))
        i += 1
    if line.startswith('Atoms'):
        atoms = True
    out.append(line)
open(dst, 'w').write('\n'.join(out))
EOF
}

echo "fuzz: setting up a 300-particle harmonic glass and its 3 lowest modes"
new_case
works "setup: prepare" prepare --system harmonic -n 300 --seed 3 -o "$inputs/glass.data" || exit 1
works "setup: modes" modes "$inputs/glass.data" --system harmonic --count 3 -o "$inputs/modes" || exit 1
glass="$inputs/glass.data"
modes="$inputs/modes"

echo "== bad data files"
: > "$inputs/empty.data"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe' > "$inputs/picture.data"
head -n 25 "$glass" > "$inputs/truncated.data"
mutate "$glass" "$inputs/nan.data" "w[:2] + (['nan'] if i == 5 else w[2:3]) + w[3:]"
mutate "$glass" "$inputs/huge.data" "w[:2] + (['1e999'] if i == 9 else w[2:3]) + w[3:]"
mutate "$glass" "$inputs/off.data" "w[:2] + [repr(float(x) + random.uniform(-1e-4, 1e-4)) for x in w[2:5]] + w[5:]"
mutate "$glass" "$inputs/far.data" "w[:2] + [repr(float(x) + 6e14) for x in w[2:5]] + w[5:]"
mutate "$glass" "$inputs/overlap.data" "w[:2] + (['0.5', '0.5', '0.5'] if i < 2 else w[2:5]) + w[5:]"
sed 's/^300 atoms/301 atoms/' "$glass" > "$inputs/count.data"
mkdir -p "$inputs/a-directory.data"
mkfifo "$inputs/pipe.data"
for c in "empty:the file is empty" "picture:not a text file" "truncated:truncated.data:" "nan:nan.data:" \
    "huge:huge.data:" "off:is not an inherent structure" "far:box lengths outside the box" \
    "overlap:overlapping particles" "count:count.data:" "a-directory:is a directory" "pipe:not a regular file" \
    "missing:input data file not found"; do
  name=${c%%:*}
  refuse "modes on $name.data" "${c#*:}" modes "$inputs/$name.data" --system harmonic --count 3 -o out
done
refuse "excite on off.data (once a confident no-transition)" "is not an inherent structure" \
  excite "$inputs/off.data" --system harmonic --modes "$modes" -o out
allow='^\./out [0-9]+$|^\./out/study\.log ' refuse "study --data on off.data" "is not an inherent structure" \
  study --data "$inputs/off.data" --system harmonic --count 3 -o out
mkdir -p "$inputs/binary-modes"
cp "$modes"/*.* "$inputs/binary-modes/"
printf 'k,lambda,omega,P,O\n\xc3\x28\n' > "$inputs/binary-modes/modes.csv"
refuse "excite with a binary modes.csv" "modes.csv:2: not a text file" \
  excite "$glass" --system harmonic --modes "$inputs/binary-modes" -o out

echo "== bad options"
for c in "--precision:1e-17" "--fire-alpha0:2" "--fire-timestep:3" "--fire-tmax:0.01" "--fire-dmax:5" \
    "--ftol:1e-200" "--ftol:1e-4" "--scan-factor:1.0001" "--a-min:-1" "--a-max:nan" "--workers:0" \
    "--max-iterations:0" "--count:abc" "--scan-start:middle" "--verify-below:1.001" "--verify-below:3"; do
  refuse "excite $c" "${c%%:*}" excite "$glass" --system harmonic --modes "$modes" -o out "${c%%:*}" "${c#*:}"
done
touch "$work/results.txt"
refuse "excite -o an existing file" "is an existing file" \
  excite "$glass" --system harmonic --modes "$modes" -o "$work/results.txt"
refuse "excite --modes a file" "--modes" excite "$glass" --system harmonic --modes "$glass" -o out
refuse "excite -o empty" "-o needs a path" excite "$glass" --system harmonic --modes "$modes" -o ""
refuse "excite, an unknown option" "frobnicate" excite "$glass" --system harmonic --frobnicate -o out
refuse "excite, no interactions" "--system" excite "$glass" --modes "$modes" -o out
refuse "modes --minimize with --ftol 1e-300" "--ftol" modes "$inputs/off.data" --system harmonic --count 3 \
  --minimize --ftol 1e-300 -o out
refuse "modes --count beyond 3N - 3" "asked for 2000 modes" modes "$glass" --system harmonic --count 2000 -o out
refuse "prepare -n 1" "-n 1" prepare --system harmonic -n 1 -o g.data
refuse "prepare --seed 0" "--seed 0" prepare --system harmonic -n 300 --seed 0 -o g.data
refuse "prepare -o a directory" "is a directory" prepare --system harmonic -n 300 -o "$inputs"
refuse "study --minimize without --data" "--minimize" study --system harmonic --minimize -o out
# potential files (--potential): checked before LAMMPS sees them, refusals name file and line
printf 'pair_style lj/cut 2.5\npair_coeff * * 1 1\nrun 10\n' > "$inputs/run.pot"
printf 'units metal\npair_style eam/fs\npair_coeff * * CuZr_mm.eam.fs Cu Zr\n' > "$inputs/cuzr.pot"
printf 'pair_style table linear 100\npair_coeff 1 1 no-such.table LJ\n' > "$inputs/table.pot"
printf 'pair_style frobnicate 2.5\npair_coeff * * 1 1\n' > "$inputs/frob.pot"
refuse "excite --potential, no such file" "potential file not found" \
  excite "$glass" --potential "$inputs/none.pot" --modes "$modes" -o out
refuse "excite --potential with a run command" "run.pot:3: 'run' is not allowed" \
  excite "$glass" --potential "$inputs/run.pot" --modes "$modes" -o out
refuse "modes --potential mapping 2 elements to 1 type" "cuzr.pot:3: pair_coeff * * CuZr_mm.eam.fs maps 2" \
  modes "$glass" --potential "$inputs/cuzr.pot" --count 3 -o out
refuse "excite --potential naming a missing table" "table.pot:2: potential file 'no-such.table' not found" \
  excite "$glass" --potential "$inputs/table.pot" --modes "$modes" -o out
refuse "excite --potential, a pair style LAMMPS lacks" "this LAMMPS has no pair style 'frobnicate'" \
  excite "$glass" --potential "$inputs/frob.pot" --modes "$modes" -o out
# pair_style/pair_coeff of the common styles with the wrong arguments: counted before LAMMPS, which would end the
# process with only "Illegal pair_style command" (or take a cutoff <= 0: no pair would interact)
printf 'pair_style lj/cut\npair_coeff * * 1 1\n' > "$inputs/nocut.pot"
refuse "modes --potential, lj/cut without its cutoff" "nocut.pot:1: pair_style lj/cut takes 1 argument(s)" \
  modes "$glass" --potential "$inputs/nocut.pot" --count 3 -o out
refuse "modes --pair-style lj/cut without its cutoff" "pair_style lj/cut takes 1 argument(s), Rc" \
  modes "$glass" --pair-style lj/cut --pair-coeff '* * 1 1' --count 3 -o out
[ "$rc" -eq 2 ] || fail "modes --pair-style lj/cut without its cutoff" "exit $rc, not 2 (a wrong command line)"
refuse "excite --pair-style lj/cut, pair_coeff short of sigma" "takes I J eps sigma [Rc], got 1 value(s)" \
  excite "$glass" --pair-style 'lj/cut 2.5' --pair-coeff '* * 1' --modes "$modes" -o out
refuse "modes --pair-style lj/cut with cutoff 0" "cutoff Rc must be > 0, got 0" \
  modes "$glass" --pair-style 'lj/cut 0' --pair-coeff '* * 1 1' --count 3 -o out
refuse "excite --potential with --system" "exactly one of" \
  excite "$glass" --potential "$inputs/run.pot" --system harmonic --modes "$modes" -o out

echo "== a run in which every mode fails"
new_case
run excite "$glass" --system harmonic --modes "$modes" --max-iterations 1 -o out
if [ "$rc" -ne 1 ] || ! grep -q "every one of the 3 modes failed" "$case/.out" \
    || ! grep -q "FIRE did not converge" "$case/.out" || ! no_stack_trace; then
  fail "every mode failing" "exit $rc"
else
  echo "  ok   every mode failing exits 1 with the reasons"
fi

echo "== odd paths, without a locale (the launcher sets a UTF-8 one)"
new_case
odd="$case/odd dir #1 \${HOME} \$(echo x) \$y \"q\" 'a' * é"
mkdir -p "$odd"
unset_locale=(env -u LANG -u LC_ALL -u LC_CTYPE)
(cd "$case" && TMPDIR="$tmp" timeout "$LIMIT" "${unset_locale[@]}" "$modekick" prepare --system harmonic -n 300 \
  --seed 2 -o "$odd/glass #2 \$(y).data" > .out 2>&1) && rc=0 || rc=$?
(cd "$case" && TMPDIR="$tmp" timeout "$LIMIT" "${unset_locale[@]}" "$modekick" excite "$odd/glass #2 \$(y).data" \
  --system harmonic --count 1 --a-min 1e-5 --workers 1 -o "$odd/excite # \${x}" >> .out 2>&1) && rc2=0 || rc2=$?
expected=$'./excite # ${x}\n./glass #2 $(y).data\n./glass #2 $(y).data.lammps.log\n./prepare-harmonic.in'
got=$(cd "$odd" && find . -mindepth 1 -maxdepth 1 | LC_ALL=C sort)
if [ "$rc" -ne 0 ] || [ "$rc2" -ne 0 ] || [ "$got" != "$expected" ] || [ "$(ls -A "$case")" != ".out
odd dir #1 \${HOME} \$(echo x) \$y \"q\" 'a' * é" ] || [ -n "$(leftovers)" ] \
    || [ ! -s "$odd/excite # \${x}/excitations.csv" ] || ! no_stack_trace; then
  fail "odd paths" "exit $rc/$rc2; wrote: $(echo "$got" | tr '\n' '|')"
else
  echo "  ok   prepare and excite write where they are told"
fi

echo "== concurrent runs, a killed run, a damaged journal"
new_case
works "reference run" excite "$glass" --system harmonic --modes "$modes" --workers 1 -o reference
reference="$case/reference/excitations.csv"
# two identical runs 0.3 s apart: one holds the directory, the other is refused naming it
(cd "$case" && TMPDIR="$tmp" timeout "$LIMIT" "$modekick" excite "$glass" --system harmonic --modes "$modes" \
  --workers 1 -o twice > .first 2>&1; echo $? > .first-rc) &
first=$!
sleep 0.3
run excite "$glass" --system harmonic --modes "$modes" --workers 1 -o twice
wait "$first"
first_rc=$(cat "$case/.first-rc")
if [ "$first_rc" -eq 0 ] && [ "$rc" -eq 0 ]; then
  fail "two runs at once" "both succeeded: one ran after the other, nothing was tested (a slow machine?)"
elif [ "$first_rc" -ne 0 ] && [ "$rc" -ne 0 ]; then
  fail "two runs at once" "both failed (exit $first_rc and $rc)"
elif ! cat "$case/.first" "$case/.out" | grep -qE "is in use by another run: modekick excite, pid [0-9]+ on host"; then
  fail "two runs at once" "the refused run does not name the holder"
elif ! cmp -s "$reference" "$case/twice/excitations.csv" || [ "$(wc -l < "$case/twice/journal.jsonl")" -ne 3 ] \
    || [ -e "$case/twice/modekick.lock" ] || [ -e "$case/twice/journal.damaged.txt" ]; then
  fail "two runs at once" "the journal or the files differ from an undisturbed run's"
else
  echo "  ok   two runs at once: one refused, naming the other (pid, host); the files those of an undisturbed run"
fi
# killed with SIGKILL after its first mode: the next run takes the stale lock and finishes the rest
(cd "$case" && TMPDIR="$tmp" exec "$modekick" excite "$glass" --system harmonic --modes "$modes" --workers 1 \
  -o killed > .killed 2>&1) &
victim=$!
for ((i = 0; i < 600; i++)); do
  [ "$(cat "$case/killed/journal.jsonl" 2>/dev/null | wc -l)" -ge 1 ] && break
  kill -0 "$victim" 2>/dev/null || break
  sleep 0.1
done
{ pkill -KILL -P "$victim"; kill -KILL "$victim"; wait "$victim"; } 2>/dev/null
run excite "$glass" --system harmonic --modes "$modes" --workers 1 -o killed
if [ "$rc" -ne 0 ] || ! cmp -s "$reference" "$case/killed/excitations.csv" || ! no_stack_trace; then
  fail "a killed run" "exit $rc on resuming"
else
  echo "  ok   a run killed with SIGKILL resumes: the stale lock is taken over, the files are complete"
fi
# SIGTERM to the launcher (a user, a batch system) reaches its JVM: none is left running, and the run resumes
(cd "$case" && TMPDIR="$tmp" exec "$modekick" excite "$glass" --system harmonic --modes "$modes" --workers 1 \
  -o termed > .termed 2>&1) &
victim=$!
# as soon as the run holds its directory (its lock), well before its modes are done
for ((i = 0; i < 600; i++)); do
  [ -e "$case/termed/modekick.lock" ] && break
  kill -0 "$victim" 2>/dev/null || break
  sleep 0.05
done
jvm=$(pgrep -P "$victim" java || true)
unfinished=$([ -n "$jvm" ] && [ "$(cat "$case/termed/journal.jsonl" 2>/dev/null | wc -l)" -lt 3 ] && echo yes || echo no)
kill -TERM "$victim" 2>/dev/null
wait "$victim" 2>/dev/null
termed_rc=$?
for ((i = 0; i < 100; i++)); do
  [ -n "$jvm" ] && kill -0 "$jvm" 2>/dev/null || break
  sleep 0.1
done
if [ "$unfinished" != yes ]; then
  fail "a terminated launcher" "the run had finished (or had no JVM) before the signal: nothing was tested"
elif [ -n "$jvm" ] && kill -0 "$jvm" 2>/dev/null; then
  fail "a terminated launcher" "its JVM (pid $jvm) is still running 10 s after SIGTERM to the launcher"
  kill -KILL "$jvm"
elif [ "$termed_rc" -eq 0 ]; then
  fail "a terminated launcher" "exit 0 after SIGTERM"
else
  run excite "$glass" --system harmonic --modes "$modes" --workers 1 -o termed
  if [ "$rc" -ne 0 ] || ! cmp -s "$reference" "$case/termed/excitations.csv"; then
    fail "a terminated launcher" "exit $rc on resuming"
  else
    echo "  ok   SIGTERM to the launcher ends its JVM (exit $termed_rc), and the run resumes to the same files"
  fi
fi
# journal damage: a bad number in the middle, a foreign line, a torn last line; and a damaged run.json
cp -r "$case/reference" "$case/damaged"
rm -f "$case/damaged/excitations.csv"
python3 - "$case/damaged/journal.jsonl" <<'EOF'
import re, sys
path = sys.argv[1]
lines = open(path).read().split('\n')[:-1]
lines[1] = re.sub(r'"omega":[0-9.E-]+', '"omega":X.15', lines[1], count=1)
lines.insert(2, '{"k":2,"omega":0.1')
open(path, 'w').write('\n'.join(lines) + '\n' + lines[-1][:50])
EOF
run excite "$glass" --system harmonic --modes "$modes" --workers 1 -o damaged
if [ "$rc" -ne 0 ] || ! grep -q "WARNING: .*journal.jsonl:2: " "$case/.out" \
    || ! grep -q "WARNING: .*journal.jsonl:3: " "$case/.out" || ! grep -q "notice: .*journal.jsonl:5: cut short" "$case/.out" \
    || [ ! -s "$case/damaged/journal.damaged.txt" ] || ! cmp -s "$reference" "$case/damaged/excitations.csv"; then
  fail "a damaged journal" "exit $rc"
else
  echo "  ok   a damaged journal: each bad line named, kept aside and recomputed; the files complete"
fi
echo '{"fingerprint": "abc", "inputs": [' > "$case/damaged/run.json"
run excite "$glass" --system harmonic --modes "$modes" --workers 1 -o damaged
if [ "$rc" -eq 0 ] || ! grep -q "damaged/run.json" "$case/.out" || ! no_stack_trace; then
  fail "a damaged run.json" "exit $rc"
else
  echo "  ok   a damaged run.json is refused, naming it"
fi

printf 'fuzz: %d cases in %d s, %d failed\n' "$count" "$(( $(date +%s) - start ))" "${#failed[@]}"
for f in "${failed[@]}"; do
  echo "  $f"
done
[ "${#failed[@]}" -eq 0 ]
