#!/usr/bin/env bash
# Peak memory of `mtlint check` on plain text, for BENCHMARKS.md "Issue 21, session 9:
# memory and threads": issue 21 asks for at most 2 x the input + 64 MiB on plain text, and
# at most 500 bytes per finding.
#
# Inputs, built under target/bench-memory from committed data only:
#   news64.txt  64 MiB (67,108,864 bytes, cut at a line end): the NTREX-128 human
#               references (tests/fixtures/ntrex-dev, pt-BR + pt-PT, CC BY-SA 4.0)
#               repeated; the goal for it is 2 x 64 MiB + 64 MiB = 196,608 KiB.
#   findings.txt one line of 100,000 `spaced-punctuation` findings ("casa , " x 100,000).
#   empty.txt   one word: what the process costs before any text.
# Any further files given after the binary are measured as well (e.g. the technical and
# MT corpora of scripts/bench/corpora.sh repeated to 64 MiB).
#
# Peak resident memory is `/usr/bin/time -v`'s "Maximum resident set size" (KiB) of
# `mtlint check --no-config --lang pt -j 1 --format jsonl FILE > /dev/null`; with
# MASSIF=1 the peak heap of valgrind's massif (deterministic, slow: about 10 min for 64 MiB)
# is printed too, with its file under target/bench-memory.
# Usage: scripts/bench/memory.sh [MTLINT] [FILE...]   (default target/release/mtlint)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/mtlint}")
shift || true
work=target/bench-memory
mkdir -p "$work"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
size = 64 * 1024 * 1024
fixtures = "tests/fixtures/ntrex-dev/"
text = b"".join(open(fixtures + f, "rb").read() for f in ["ref.pt-BR.txt", "ref.pt-PT.txt"])
data = (text * (size // len(text) + 1))[:size]
open(f"{work}/news64.txt", "wb").write(data[: data.rfind(b"\n") + 1])
open(f"{work}/findings.txt", "w", encoding="utf-8").write("casa , " * 100_000 + "\n")
open(f"{work}/empty.txt", "w", encoding="utf-8").write("casa\n")
PY
args=(check --no-config --lang pt -j 1 --format jsonl)
printf '%-28s %12s %10s %12s\n' input bytes findings 'max RSS KiB'
for f in "$work/empty.txt" "$work/findings.txt" "$work/news64.txt" "$@"; do
    findings=$("$bin" "${args[@]}" "$f" | wc -l || true)
    rss=$( { /usr/bin/time -v "$bin" "${args[@]}" "$f" > /dev/null; } 2>&1 |
        awk -F': ' '/Maximum resident set size/ {print $2}' || true)
    printf '%-28s %12d %10d %12d\n' "$(basename "$f")" "$(stat -c %s "$f")" "$findings" "$rss"
    if [ "${MASSIF:-0}" = 1 ]; then
        out="$work/massif.$(basename "$f").out"
        valgrind --tool=massif --pages-as-heap=no --massif-out-file="$out" \
            "$bin" "${args[@]}" "$f" > /dev/null 2>&1 || true
        peak=$(grep -o 'mem_heap_B=[0-9]*' "$out" | cut -d= -f2 | sort -n | tail -1)
        printf '%-28s peak heap (massif) %d bytes\n' "" "$peak"
    fi
done
