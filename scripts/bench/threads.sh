#!/usr/bin/env bash
# How much of `mtlint check` on a folder of 1,000 files two threads can share, for
# BENCHMARKS.md "Issue 21, session 9: memory and threads" (issue 21: "2-thread speed-up
# >= 1.8 on a folder of 1,000 files").
#
# Wall-clock runs on a shared, loaded 2-core machine say nothing of the speed-up, so this
# measures what does not depend on the load: instructions per thread (valgrind
# --tool=callgrind --separate-threads=yes). With -j 2 the main thread only starts the run
# (glossaries, the pool) and writes the report while the pool's two threads do the files:
#   bound = instructions of the -j 1 run / (main thread + the busier pool thread of -j 2)
# is the speed-up two idle cores would give if no thread waited for another inside the
# pool. What makes a thread wait there (a lock held long, a stage that runs on one thread)
# is looked for separately: the instructions of rayon's and crossbeam's own code (looking
# for work, spinning before sleeping) are printed per thread, and the wall clock and CPU time of native runs
# (`perf stat -e task-clock`) are printed with the load average for what they are worth.
#
# The folder: target/bench-threads/files/0000.txt ... 0999.txt, windows of 40 lines of
# the NTREX-128 human references (tests/fixtures/ntrex-dev, pt-BR + pt-PT, CC BY-SA 4.0),
# each starting 2 lines after the one before: the same sentences recur across files, so
# caches are flattered (no more distinct Portuguese news is committed).
# Usage: scripts/bench/threads.sh [MTLINT] [EXTRA CHECK ARGS...]
#   default target/release/mtlint; e.g. `scripts/bench/threads.sh BIN --lang pt`.
#   ROUNDS=N adds N timed rounds (see below); CALLGRIND=0 skips the callgrind runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/mtlint}")
shift || true
work=target/bench-threads
rm -rf "$work/files"
mkdir -p "$work/files"
python3 - "$work/files" <<'PY'
import sys
out = sys.argv[1]
fixtures = "tests/fixtures/ntrex-dev/"
lines = []
for f in ["ref.pt-BR.txt", "ref.pt-PT.txt"]:
    lines += open(fixtures + f, encoding="utf-8").read().splitlines()
for i in range(1000):
    start = (2 * i) % len(lines)
    window = (lines + lines)[start : start + 40]
    open(f"{out}/{i:04d}.txt", "w", encoding="utf-8").write("\n".join(window) + "\n")
PY
echo "folder: $(ls "$work/files" | wc -l) files, $(cat "$work/files"/*.txt | wc -c) bytes; args: $*"
# callgrind JOBS: one line per thread, "thread N: instructions", the idle part last.
callgrind() {
    local jobs=$1
    shift
    rm -f "$work"/cg.out*
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/cg.out" \
        "$bin" check --no-config --format jsonl -j "$jobs" "$@" "$work/files" \
        > "$work/findings.j$jobs.jsonl" 2> /dev/null || true
    for f in "$work"/cg.out-*; do
        local total idle
        total=$(grep -m1 '^summary:' "$f" | awk '{print $2}')
        # Instructions in rayon's and crossbeam's own code (looking for work, spinning
        # before sleeping) and in sched_yield: work-stealing overhead and idling.
        idle=$(callgrind_annotate --threshold=100 "$f" 2> /dev/null |
            grep -E 'rayon_core::|crossbeam_(deque|epoch|utils)::|sched_yield' |
            awk '{gsub(",", "", $1); s += $1} END {print s + 0}')
        echo "thread ${f##*-}: $total (rayon and crossbeam $idle)"
    done
}
if [ "${CALLGRIND:-1}" != 0 ]; then
echo "== callgrind -j 1"
callgrind 1 "$@" | tee "$work/j1.txt"
echo "== callgrind -j 2"
callgrind 2 "$@" | tee "$work/j2.txt"
cmp -s "$work/findings.j1.jsonl" "$work/findings.j2.jsonl" && echo "findings: -j 1 and -j 2 identical"
python3 - "$work/j1.txt" "$work/j2.txt" <<'PY'
import sys, re
def threads(path):
    return [int(re.search(r": (\d+)", l).group(1)) for l in open(path) if l.startswith("thread")]
j1, j2 = threads(sys.argv[1]), threads(sys.argv[2])
# Thread 01 is the main thread; the pool's threads follow (with language detection,
# lingua's warm-up thread and rayon's global pool are counted with the main thread:
# they run beside the pool, not before or after it, so this bound is pessimistic).
serial = j2[0]
pool = sorted(j2[1:], reverse=True)
total1 = sum(j1)
print(f"-j 1 total {total1:,}; -j 2 total {sum(j2):,} (main {serial:,}, others {', '.join(f'{p:,}' for p in pool)})")
print(f"bound on the 2-thread speed-up: {total1 / (serial + pool[0]):.3f}")
PY
fi
# ROUNDS=N: wall clock of N alternating native runs (-j 1, then -j 2), and the median of
# the paired ratios. Only worth reading on an idle machine: stop other work first (the
# load average is printed before and after), and compare the pairs, not single runs.
if [ "${ROUNDS:-0}" -gt 0 ]; then
    echo "== $ROUNDS rounds of -j 1 and -j 2 (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
    for _ in $(seq "$ROUNDS"); do
        for jobs in 1 2; do
            start=$(date +%s.%N)
            "$bin" check --no-config --format jsonl -j "$jobs" "$@" "$work/files" > /dev/null || true
            echo "$jobs $(date +%s.%N) $start"
        done
    done | python3 -c '
import statistics as st, sys
d = {1: [], 2: []}
for line in sys.stdin:
    jobs, end, start = line.split()
    d[int(jobs)].append(float(end) - float(start))
for jobs, times in d.items():
    print(f"-j {jobs}: median {st.median(times):.3f} s, min {min(times):.3f} s, runs " + " ".join(f"{t:.3f}" for t in times))
pairs = [a / b for a, b in zip(d[1], d[2])]
print(f"speed-up: median of paired ratios {st.median(pairs):.3f}, ratio of medians {st.median(d[1]) / st.median(d[2]):.3f}")
'
    echo "(load after: $(cut -d' ' -f1-3 /proc/loadavg))"
fi
echo "== perf stat (wall clock under load $(cut -d' ' -f1-3 /proc/loadavg))"
for jobs in 1 2; do
    perf stat -e task-clock,context-switches "$bin" check --no-config --format jsonl \
        -j "$jobs" "$@" "$work/files" 2>&1 > /dev/null |
        grep -E 'task-clock|context-switches|elapsed' | sed "s/^/-j $jobs /" || true
done
