#!/usr/bin/env bash
# Every output of one mtlint binary on a set of texts, for comparing two builds byte for
# byte (a refactoring must not change what mtlint says or writes).
#
# Usage: scripts/identity/outputs.sh MTLINT OUT FILE...
# For each FILE and each setting (the default rules; each rule alone; --lang pt-BR;
# --lang pt-PT) writes OUT/<file>/<setting>.<kind>: `--format jsonl`, `human`, `sarif`,
# `--diff`, and the file `--fix` writes (run on a copy), each with its stderr and exit code.
# Files over 1 MB get the default rules, pt-BR and pt-PT only (each rule alone is covered
# by the smaller ones). Compare two runs with scripts/identity/compare.sh.
set -euo pipefail
mtlint=$(realpath "$1")
out=$2
shift 2
mkdir -p "$out"
rules=$("$mtlint" rule | awk 'NF && $1 ~ /^[a-z-]+$/ {print $1}')
[ -n "$rules" ] || { echo "no rules listed by $mtlint rule" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME ARGS...: every output kind of `mtlint check ARGS... FILE` into $dir/NAME.*
run() {
    local name=$1
    shift
    local base="$dir/$name"
    for format in jsonl human sarif; do
        # The file is named as given, so every output names it alike in both runs.
        (cd "$(dirname "$file")" && "$mtlint" check --no-config --color never --format "$format" "$@" "$(basename "$file")" \
            >"$base.$format" 2>"$base.$format.err"; echo $? >"$base.$format.code") || true
    done
    (cd "$(dirname "$file")" && "$mtlint" check --no-config --diff "$@" "$(basename "$file")" \
        >"$base.diff" 2>"$base.diff.err"; echo $? >"$base.diff.code") || true
    local copy="$work/$(basename "$file")"
    cp "$file" "$copy"
    (cd "$work" && "$mtlint" check --no-config --color never --fix "$@" "$(basename "$file")" \
        >"$base.fix.out" 2>"$base.fix.err"; echo $? >"$base.fix.code") || true
    cp "$copy" "$base.fixed"
    rm -f "$copy"
}

for file in "$@"; do
    file=$(realpath "$file")
    dir="$out/$(basename "$(dirname "$file")")-$(basename "$file")"
    mkdir -p "$dir"
    run default
    run pt-BR --lang pt-BR
    run pt-PT --lang pt-PT
    if [ "$(stat -c %s "$file")" -le 1048576 ]; then
        for rule in $rules; do
            # One --disable per rule: the flag takes one name (a comma-separated list
            # is an unknown rule, and every run of this setting was an error before).
            others=()
            for r in $rules; do [ "$r" = "$rule" ] || others+=(--disable "$r"); done
            run "only-$rule" "${others[@]}"
        done
    fi
    echo "$(basename "$file"): done" >&2
done
