#!/usr/bin/env bash
# Measures the source-aware rules of issue 15 (session 7: `untranslated` with the source,
# `omission`, `term-mismatch`) on NTREX-128: the two human references (every finding is
# false, or a real slip of the translator) and the two Apertium MT outputs, checked with
# their English source; tune and held-out documents apart. Then the omission test's
# recall on references made shorter on purpose (scripts/compare/omission_cut.py).
#
# Usage: scripts/compare/source_rules.sh [CORPUS] [--heldout|--list-heldout]
#   (default ../shared/corpora/ntrex-dev). Writes target/compare/rules-*.jsonl and
#   target/compare/rules-report.txt. MTLINT=path/to/mtlint uses that binary instead of
#   building the release one (the findings are the same; a debug build takes 0.3 s a file).
# Data: NTREX-128 (Microsoft, CC BY-SA 4.0), read in place, never copied.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$repo/../shared/corpora/ntrex-dev"
list=""
for arg in "$@"; do
    case "$arg" in
        --heldout | --list-heldout) list="$arg" ;;
        *) corpus="$arg" ;;
    esac
done
out="$repo/target/compare"
mkdir -p "$out"
bin="${MTLINT:-}"
if [ -z "$bin" ]; then
    cargo build --quiet --release --manifest-path "$repo/Cargo.toml" --bin mtlint
    bin="$repo/target/release/mtlint"
fi
check() { # target file, output file
    "$bin" check --no-config --lang pt --format jsonl --source "$corpus/src.en.txt" "$1" >"$2" || [ $? -eq 1 ]
}
args=()
for pair in br:ref.pt-BR.txt pt:ref.pt-PT.txt gl:mt-apertium-gl.pt.txt es:mt-apertium-es.pt-BR.txt; do
    key="${pair%%:*}"
    check "$corpus/${pair#*:}" "$out/rules-$key.jsonl"
    args+=("$key=$out/rules-$key.jsonl")
done
# Omission recall: each reference with a sentence or clause cut from every line that has
# one (the lines cut are listed), checked like the others.
for ref in pt-BR pt-PT; do
    python3 "$repo/scripts/compare/omission_cut.py" "$corpus/ref.$ref.txt" \
        "$out/cut-$ref.txt" "$out/cut-$ref.lines"
    check "$out/cut-$ref.txt" "$out/rules-cut-$ref.jsonl"
done
{
    python3 "$repo/scripts/compare/source_rules.py" "$corpus/docids.txt" $list "${args[@]}"
    echo
    echo "### omission recall on references cut on purpose"
    for pair in br:pt-BR pt:pt-PT; do
        [ -n "$list" ] || continue
        ref="${pair#*:}"
        python3 "$repo/scripts/compare/omission_cut.py" --score "$corpus/docids.txt" \
            "$out/cut-$ref.lines" "$out/rules-cut-$ref.jsonl" "$out/rules-${pair%%:*}.jsonl" \
            | sed "s/^/$ref: /"
    done
} >"$out/rules-report.txt"
sed -n '1,/^$/p' "$out/rules-report.txt"
grep -A20 '^### omission' "$out/rules-report.txt"
[ -n "$list" ] || echo "(held-out figures and omission recall: run again with --heldout)"
