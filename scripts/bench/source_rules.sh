#!/usr/bin/env bash
# Instructions (valgrind --tool=callgrind, whole process, release binary) of checking the
# NTREX-128 Apertium MT output en->gl->pt with its English source, against checking it
# alone, and with each source-aware rule disabled in turn (issue 15's budget: the
# source-aware rules add at most 15%). Prints one row per run; figures in BENCHMARKS.md.
#
# Usage: scripts/bench/source_rules.sh [CORPUS]   (default ../shared/corpora/ntrex-dev;
#   MTLINT=path uses that release binary instead of building one)
# Data: NTREX-128 (Microsoft, CC BY-SA 4.0), read in place.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-$PWD/../shared/corpora/ntrex-dev}"
bin="${MTLINT:-}"
if [ -z "$bin" ]; then
    cargo build --quiet --release --bin mtlint
    bin="$PWD/target/release/mtlint"
fi
out="$PWD/target/bench-source"
mkdir -p "$out"
run() { # label, extra arguments...
    local label="$1"
    shift
    valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" \
        "$bin" check --no-config --lang pt --format jsonl "$@" "$corpus/mt-apertium-gl.pt.txt" \
        >/dev/null 2>"$out/valgrind.log" || true
    local ir
    ir=$(grep -o 'Collected : [0-9]*' "$out/valgrind.log" | grep -o '[0-9]*$')
    echo "| $label | $ir |"
}
echo "| run | instructions |"
echo "| --- | ---: |"
run "target alone (no source)"
run "with the source, every rule" --source "$corpus/src.en.txt"
for rule in missing-name omission term-mismatch number-mismatch placeholder-mismatch; do
    run "with the source, --disable $rule" --source "$corpus/src.en.txt" --disable "$rule"
done
run "with the source, the five above disabled" --source "$corpus/src.en.txt" \
    --disable missing-name --disable omission --disable term-mismatch \
    --disable number-mismatch --disable placeholder-mismatch
rm -f "$out/callgrind.out"
