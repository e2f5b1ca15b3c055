#!/usr/bin/env bash
# Every finding of one mtlint binary on texts checked with their source, for comparing two
# builds of the source-aware rules byte for byte (issue 15's speed work must not change
# them). Compare two runs with `diff -r OUT_A OUT_B`.
#
# Usage: scripts/identity/source.sh MTLINT OUT [CORPUS]
#   CORPUS: the NTREX-128 folder (default ../shared/corpora/ntrex-dev), whose four
#   Portuguese files are checked with `--source src.en.txt`.
# Texts: those four, the seed (no source), tests/fixtures/formats/{*.po,*.tmx,*.xlf,*.csv,
# *.jsonl} and tests/fixtures/source/*.po (bilingual: their own sources). Settings: the
# default rules, and each source-aware rule alone (every other rule disabled). Each run
# writes OUT/<file>/<setting>.{jsonl,human} with its stderr and exit code.
set -euo pipefail
mtlint=$(realpath "$1")
out=$(realpath -m "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$(realpath "${3:-$root/../shared/corpora/ntrex-dev}")
source_rules="untranslated missing-name omission term-mismatch number-mismatch placeholder-mismatch"
rules=$("$mtlint" rule | awk 'NF && $1 ~ /^[a-z-]+$/ {print $1}')
[ -n "$rules" ] || { echo "no rules listed by $mtlint rule" >&2; exit 2; }
mkdir -p "$out"
runs=0

# run FILE NAME ARGS...: `mtlint check ARGS... FILE` in jsonl and human into OUT/<file>/NAME.*
run() {
    local file=$1 name=$2
    shift 2
    local dir
    dir="$out/$(basename "$(dirname "$file")")-$(basename "$file")"
    mkdir -p "$dir"
    for format in jsonl human; do
        (cd "$(dirname "$file")" && "$mtlint" check --no-config --color never --format "$format" \
            "$@" "$(basename "$file")" >"$dir/$name.$format" 2>"$dir/$name.$format.err"
            echo $? >"$dir/$name.$format.code") || true
    done
    runs=$((runs + 1))
}

# settings FILE ARGS...: the default rules, then each source-aware rule alone
settings() {
    local file=$1
    shift
    run "$file" default "$@"
    for rule in $source_rules; do
        local others=()
        for r in $rules; do [ "$r" = "$rule" ] || others+=(--disable "$r"); done
        run "$file" "only-$rule" "$@" "${others[@]}"
    done
}

for file in "$corpus"/mt-apertium-gl.pt.txt "$corpus"/mt-apertium-es.pt-BR.txt \
    "$corpus"/ref.pt-BR.txt "$corpus"/ref.pt-PT.txt; do
    settings "$file" --source "$corpus/src.en.txt"
done
settings "$root/tests/fixtures/lavrov-wonsan.pt.txt"
for file in "$root"/tests/fixtures/formats/{*.po,*.tmx,*.xlf,*.csv,*.jsonl} \
    "$root"/tests/fixtures/source/*.po; do
    settings "$file"
done
echo "$runs runs, $(cat "$out"/*/*.jsonl | wc -l) findings in JSONL" >&2
