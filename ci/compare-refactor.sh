#!/usr/bin/env bash
# Byte-identity of a change that must not change any output (a refactoring): runs prepare, modes, excite and
# study with two launchers on the same small inputs (harmonic and LJ glasses, small N, a few modes; a couple of
# minutes on two cores) and compares every file they write, byte for byte, after masking only what differs
# between any two runs of one launcher:
#   - the run directory's absolute path (each launcher writes under its own directory): replaced by <ROOT>;
#   - wall-clock times: summary.json "timings" values, "seconds" of each journal line, the times in the
#     printed reports and study.log (elapsed, time left, "%.1f s", Hessian/eigensolver/observables s), the
#     timing lines of LAMMPS's logs (Loop time, Performance, CPU use, the timing breakdown, Total wall time,
#     "... CPU = T seconds"),
#     and the timings in the report's HTML and report.json;
#   - the modekick version string ("modekick", "modekick_version");
#   - what depends on thread scheduling in the one run with two workers (h/excite): the order of journal.jsonl's
#     lines (completion order; compared sorted) and which worker's log holds which mode (lammps/worker-*.log,
#     left out);
#   - the order of the "variable" lines in a preparation's LAMMPS log (a Map.of's iteration order, which
#     changes from one JVM to the next; compared sorted), and the random clip-path ids of the SVG figures.
# Usage: ci/compare-refactor.sh BEFORE_LAUNCHER [AFTER_LAUNCHER [WORK_DIR]]
#   AFTER_LAUNCHER defaults to java/target/modekick; WORK_DIR (kept, for inspection) to a fresh temporary one.
# Exit code 0 when every file is identical after masking, 1 otherwise (the differing files are listed).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export OPENBLAS_NUM_THREADS=1
before=$(readlink -f "${1:?usage: ci/compare-refactor.sh BEFORE_LAUNCHER [AFTER_LAUNCHER [WORK_DIR]]}")
after=$(readlink -f "${2:-java/target/modekick}")
work=${3:-$(mktemp -d "${TMPDIR:-/tmp}/modekick-compare.XXXXXX")}
mkdir -p "$work"
work=$(readlink -f "$work")

# run_all LAUNCHER DIR: every command on the test glasses, stdout and stderr of each kept as DIR/NAME.out.
run_all() {
  local mk=$1 d=$2
  rm -rf "$d"
  mkdir -p "$d"
  step() {
    local name=$1
    shift
    "$mk" "$@" > "$d/$name.out" 2>&1 || { echo "compare-refactor: '$name' failed with $mk:"; cat "$d/$name.out"; return 1; }
  }
  step prepare-harmonic prepare --system harmonic -n 300 --seed 3 -o "$d/h/glass.data"
  step modes-harmonic modes "$d/h/glass.data" --system harmonic --count 6 -o "$d/h/modes"
  step modes-harmonic-slice modes "$d/h/glass.data" --system harmonic --omega-max 0.3 -o "$d/h/modes-slice"
  step excite-harmonic excite "$d/h/glass.data" --system harmonic --modes "$d/h/modes" --workers 2 -o "$d/h/excite"
  # modes computed by excite itself, a custom pair style, then resumed with nothing left to do
  step excite-own excite "$d/h/glass.data" --pair-style harmonic/contact --pair-coeff "1 1 1.0 1.0" --count 3 \
    --seed 3 --workers 1 -o "$d/h/excite-own"
  step excite-own-again excite "$d/h/glass.data" --pair-style harmonic/contact --pair-coeff "1 1 1.0 1.0" \
    --count 3 --seed 3 --workers 1 -o "$d/h/excite-own"
  step prepare-lj prepare --system lj -n 200 --seed 2 --equilibration 2000 -o "$d/lj/glass.data"
  step modes-lj modes "$d/lj/glass.data" --system lj --count 4 -o "$d/lj/modes"
  step excite-lj excite "$d/lj/glass.data" --system lj --modes "$d/lj/modes" --workers 1 -o "$d/lj/excite"
  step study-harmonic study --system harmonic --sizes 300 --samples 1 --seed 4 --count 4 --workers 1 \
    -o "$d/study"
  step study-harmonic-again study --system harmonic --sizes 300 --samples 1 --seed 4 --count 4 --workers 1 \
    -o "$d/study"
  step study-lj study --data "$d/lj/glass.data" --system lj --count 3 --workers 1 -o "$d/study-lj"
}

echo "compare-refactor: before $before"
echo "compare-refactor: after  $after"
echo "compare-refactor: work   $work"
for side in before after; do
  launcher=$before
  [ "$side" = after ] && launcher=$after
  start=$(date +%s)
  run_all "$launcher" "$work/$side"
  echo "  $side: $(( $(date +%s) - start )) s"
done

python3 - "$work/before" "$work/after" <<'EOF'
import os, re, sys

before, after = sys.argv[1], sys.argv[2]
NUM = r'-?[0-9.]+(?:[eE][-+]?[0-9]+)?'
TIMING_KEYS = ('hessian_s', 'eigensolver_s', 'observables_s', 'session_wall_s', 'mode_s_median', 'mode_s_total',
               'seconds')
LAMMPS_TIMING = re.compile(r'^(Loop time|Performance:|\d+\.\d+% CPU use|Section \||-{10,}|Pair  |Neigh |Comm  '
                           r'|Output|Modify|Other |Total wall time).*$', re.M)

def sorted_runs(text, prefix):
    out, run = [], []
    for line in text.split('\n'):
        if line.startswith(prefix):
            run.append(line)
            continue
        out.extend(sorted(run))
        run = []
        out.append(line)
    out.extend(sorted(run))
    return '\n'.join(out)

def mask(text, root, name):
    text = text.replace(root, '<ROOT>')
    if name.endswith('journal.jsonl'):
        text = '\n'.join(sorted(text.split('\n')))
    # wall-clock times in JSON (summary.json, journal.jsonl, report.json)
    text = re.sub(r'("(?:%s)"\s*:\s*)%s' % ('|'.join(TIMING_KEYS), NUM), r'\1<t>', text)
    text = re.sub(r'("modekick(?:_version)?"\s*:\s*)"[^"]*"', r'\1"<version>"', text)
    if name.endswith('.log') and 'lammps' in name or name.endswith('.lammps.log'):
        text = LAMMPS_TIMING.sub('<lammps timing>', text)
        text = re.sub(r'CPU = %s seconds' % NUM, 'CPU = <t> seconds', text)
        text = sorted_runs(text, 'variable ')
    if name.endswith('.out') or name.endswith('study.log'):
        text = re.sub(r'elapsed [0-9hms]+', 'elapsed <t>', text)
        text = re.sub(r'about [0-9hms]+ left', 'about <t> left', text)
        text = re.sub(r'after [0-9hms]+$', 'after <t>', text, flags=re.M)
        text = re.sub(r'%s s\)' % NUM, '<t> s)', text)
        text = re.sub(r'(Hessian|eigensolver|observables) %s s' % NUM, r'\1 <t> s', text)
        text = re.sub(r'in %s s' % NUM, 'in <t> s', text)
        text = re.sub(r'wall time +%s s' % NUM, 'wall time <t> s', text)
    if name.endswith('report.html'):
        # the timings group of the run metadata
        text = re.sub(r'((?:%s) = )%s' % ('|'.join(TIMING_KEYS), NUM), r'\1<t>', text)
        text = re.sub(r'(<dt>modekick</dt><dd>)[^<]*', r'\1<version>', text)
    if name.endswith('.svg'):
        text = re.sub(r'_\d+clip-', '_<id>clip-', text)
    return text

def files(root):
    out = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            rel = os.path.relpath(os.path.join(d, f), root)
            if not re.match(r'h/excite/lammps/worker-\d+\.log$', rel):
                out.add(rel)
    return out

a, b = files(before), files(after)
different = []
for f in sorted(a - b):
    different.append(f + ' (only before)')
for f in sorted(b - a):
    different.append(f + ' (only after)')
same = 0
for f in sorted(a & b):
    x = open(os.path.join(before, f), 'rb').read()
    y = open(os.path.join(after, f), 'rb').read()
    if x == y:
        same += 1
        continue
    try:
        tx, ty = x.decode('utf-8'), y.decode('utf-8')
    except UnicodeDecodeError:
        different.append(f + ' (binary)')
        continue
    mx, my = mask(tx, before, f), mask(ty, after, f)
    if mx == my:
        same += 1
        continue
    lx, ly = mx.splitlines(), my.splitlines()
    first = next((i for i in range(min(len(lx), len(ly))) if lx[i] != ly[i]), min(len(lx), len(ly)))
    different.append('%s (line %d: %r vs %r)' % (f, first + 1, (lx[first] if first < len(lx) else '<end>')[:160],
                                                  (ly[first] if first < len(ly) else '<end>')[:160]))
print('compare-refactor: %d files identical (after masking), %d differ' % (same, len(different)))
for d in different:
    print('  DIFFERENT ' + d)
sys.exit(1 if different else 0)
EOF
