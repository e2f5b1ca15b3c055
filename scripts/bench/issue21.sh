#!/usr/bin/env bash
# Issue 21's "done when" in one run: every goal of the issue measured on one binary, one
# after another, and a table saying which are met. Instruction counts (callgrind) do not
# depend on the load; the CPU seconds vs_typos.sh prints and the wall clock of ROUNDS do.
#
#   1. throughput beside typos: scripts/bench/vs_typos.sh (5 MB slices of the committed
#      corpora; every default rule and the glossary rules alone, -j 1; typos --threads 1);
#      goals: every rule >= 2x typos's speed (instructions), glossary rules >= 100 MB/s,
#      read as <= 385 M instructions per 5 MB at typos's instruction rate here (see
#      BENCHMARKS.md, "glossary rules and start-up (branch glossfast)");
#   2. start-up: the seed article with language detection <= 100 M instructions;
#   3. memory: scripts/bench/memory.sh (64 MiB of news <= 2 x input + 64 MiB; a line of
#      100,000 findings <= 500 bytes per finding over the empty run);
#   4. threads: scripts/bench/threads.sh's callgrind bound on the 2-thread speed-up
#      (>= 1.8; ROUNDS=N adds N timed rounds, meaningful only on an idle machine).
# `--jobs N` never starting more threads than there is work is tests/threads.rs's.
#
# Usage: scripts/bench/issue21.sh [MTLINT]   (default target/release/mtlint; needs
# target/bench-corpora from scripts/bench/corpora.sh, typos and valgrind on the PATH;
# STEPS="throughput startup memory threads" picks the steps, the table reads the files)
# Output: target/bench-issue21/{vs_typos,startup,memory,threads}.txt and the table.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/mtlint}")
out=target/bench-issue21
mkdir -p "$out"
steps=" ${STEPS:-throughput startup memory threads} "
if [[ $steps == *" throughput "* ]]; then
    echo "== throughput (vs_typos.sh)"
    bash scripts/bench/vs_typos.sh "$bin" | tee "$out/vs_typos.txt"
fi
if [[ $steps == *" startup "* ]]; then
echo "== start-up"
: > "$out/empty.txt"
for args in "tests/fixtures/lavrov-wonsan.pt.txt" "--lang pt tests/fixtures/lavrov-wonsan.pt.txt" "$out/empty.txt"; do
    # shellcheck disable=SC2086 # the arguments are split on purpose
    # The seed has errors: --fail-on never keeps the exit code 0 under pipefail.
    n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" check --no-config \
        --format jsonl --fail-on never $args 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    echo "$args: $n"
done | tee "$out/startup.txt"
fi
if [[ $steps == *" memory "* ]]; then
    echo "== memory (memory.sh)"
    bash scripts/bench/memory.sh "$bin" | tee "$out/memory.txt"
fi
if [[ $steps == *" threads "* ]]; then
    echo "== threads (threads.sh)"
    bash scripts/bench/threads.sh "$bin" | tee "$out/threads.txt"
fi
python3 scripts/bench/issue21_table.py "$out"
