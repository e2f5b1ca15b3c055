#!/usr/bin/env bash
# Measures the `missing-name` rule (issue 15) on NTREX-128 (CC BY-SA 4.0): recall and
# precision on the damaged names of both Apertium MT outputs against
# data/heldout/ntrex-names.gold.tsv (scripts/quality/score_names.py, tune and held-out
# documents apart), and the findings on both human references checked with their source
# (each one false by the gold's construction, per 1,000 lines, by scripts/compare/split.py),
# with the shipped glossaries and with --no-default-glossaries.
#
# Usage: scripts/quality/missing_name.sh [CORPUS]   (default ../shared/corpora/ntrex-dev)
# Uses target/release/mtlint (built when missing; MTLINT=path to use another binary).
# Writes target/quality/missing-name/{default,no-default}-{gl,es,br,pt}.jsonl and report.txt.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$repo/../shared/corpora/ntrex-dev}"
bin="${MTLINT:-$repo/target/release/mtlint}"
if [ -z "${MTLINT:-}" ] && [ ! -x "$bin" ]; then
    cargo build --quiet --release --manifest-path "$repo/Cargo.toml" -p mtlint
fi
out="$repo/target/quality/missing-name"
mkdir -p "$out"
gold="$repo/data/heldout/ntrex-names.gold.tsv"
for mode in default no-default; do
    extra=()
    if [ "$mode" = no-default ]; then extra=(--no-default-glossaries); fi
    for pair in gl:mt-apertium-gl.pt.txt es:mt-apertium-es.pt-BR.txt br:ref.pt-BR.txt pt:ref.pt-PT.txt; do
        key="${pair%%:*}"
        file="${pair#*:}"
        # Exit code 1 means findings; 2 is an error.
        status=0
        "$bin" check --no-config --lang pt --format jsonl "${extra[@]}" \
            --source "$corpus/src.en.txt" "$corpus/$file" >"$out/$mode-$key.all.jsonl" || status=$?
        if [ "$status" -gt 1 ]; then
            echo "mtlint failed on $file ($status)" >&2
            exit 2
        fi
        grep '"rule":"missing-name"' "$out/$mode-$key.all.jsonl" >"$out/$mode-$key.jsonl" || true
        rm -f "$out/$mode-$key.all.jsonl"
    done
done
{
    for mode in default no-default; do
        echo "### $mode glossaries"
        python3 "$repo/scripts/quality/score_names.py" "$gold" --docids "$corpus/docids.txt" \
            --mt gl "$out/$mode-gl.jsonl" --mt es "$out/$mode-es.jsonl"
        echo "human references (every finding false by construction):"
        python3 "$repo/scripts/compare/split.py" "$corpus/docids.txt" \
            "$out/$mode-br.jsonl" "$out/$mode-pt.jsonl"
    done
} >"$out/report.txt"
grep -E '^(###|==|\| (tune|heldout|all) |[a-z-]+\.jsonl:)' "$out/report.txt"
