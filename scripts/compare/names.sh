#!/usr/bin/env bash
# Measures mtlint-compare's name finder and locator (crates/compare/src/names.rs) on
# NTREX-128 before any rule uses it (issue 15): recall and precision of "name missing"
# on the two Apertium MT outputs against data/heldout/ntrex-names.gold.tsv (tune and
# held-out documents apart, by scripts/quality/score_names.py), without and with the
# shipped glossaries, and the findings on the human references (false by construction).
#
# Usage: scripts/compare/names.sh [CORPUS]   (default ../shared/corpora/ntrex-dev)
# Writes target/compare/names-*.jsonl and target/compare/names-report.txt.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$repo/../shared/corpora/ntrex-dev}"
out="$repo/target/compare"
mkdir -p "$out"
cargo build --quiet --release --manifest-path "$repo/Cargo.toml" -p mtlint-compare --example measure
bin="$repo/target/release/examples/measure"
gold="$repo/data/heldout/ntrex-names.gold.tsv"
for pair in gl:mt-apertium-gl.pt.txt es:mt-apertium-es.pt-BR.txt br:ref.pt-BR.txt pt:ref.pt-PT.txt; do
    key="${pair%%:*}"
    file="${pair#*:}"
    "$bin" names "$corpus" "$corpus/$file" >"$out/names-$key.jsonl"
    "$bin" names "$corpus" "$corpus/$file" --glossaries "$repo/glossaries/pt" >"$out/names-glossary-$key.jsonl"
done
{
    for mode in names names-glossary; do
        echo "### $mode"
        python3 "$repo/scripts/quality/score_names.py" "$gold" --docids "$corpus/docids.txt" \
            --mt gl "$out/$mode-gl.jsonl" --mt es "$out/$mode-es.jsonl"
        python3 "$repo/scripts/compare/split.py" "$corpus/docids.txt" \
            "$out/$mode-br.jsonl" "$out/$mode-pt.jsonl"
    done
} >"$out/names-report.txt"
grep -E '^(###|==|\| (tune|heldout|all) |names)' "$out/names-report.txt"
