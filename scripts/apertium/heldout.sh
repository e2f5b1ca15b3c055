#!/usr/bin/env bash
# Held-out check of the `untranslated` rule: English sentences the rule was never tuned on,
# machine-translated by the same two Apertium pivots as NTREX (scripts/apertium/translate.sh)
# and scored against the words Apertium marks unknown (scripts/apertium/score.py).
#
# The sentences are the 1,000 English test sentences of lingua-english-language-model 1.3.0
# (a dependency of mtlint, Apache-2.0; drawn by lingua's authors from the Leipzig Corpora
# Collection), read from cargo's registry. There is no human translation of them, so names
# cannot be told apart by a reference: the gold is the marked words that are lowercase and
# that the Portuguese lexicon lacks (`score.py --lowercase --foreign-words`).
#
# Needs Debian's Apertium packages, like translate.sh, and a release build of the examples:
#   cargo build --release -p mtlint-check --example untranslated_report
#   cargo build --release -p mtlint-lexicon --example lookup
# Usage: scripts/apertium/heldout.sh [OUT_DIR]   (default target/apertium-heldout)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/target/apertium-heldout}"
mkdir -p "$out/src"
cd "$root"

model=$(cargo metadata --format-version 1 --locked |
    python3 -c 'import json, sys; print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lingua-english-language-model"))')
cp "$(dirname "$model")/testdata/sentences.txt" "$out/src/src.en.txt"
"$here/translate.sh" "$out/src" "$out"

report=target/release/examples/untranslated_report
lookup=target/release/examples/lookup
score="python3 $here/score.py"
for m in gl.pt es.pt-BR; do
    lang=pt
    [ "$m" = es.pt-BR ] && lang=pt-BR
    $score strip "$out/mt-$m.marked.txt" >"$out/mt-$m.clean.txt"
    $score words "$out/mt-$m.marked.txt" | "$lookup" >"$out/known-$m.txt"
    "$report" "$out/mt-$m.clean.txt" >"$out/find-$m.tsv"
    "$report" --lang "$lang" --all-rules "$out/mt-$m.clean.txt" >"$out/all-$m.tsv"
    for which in find all; do
        echo "== en->$m, $([ $which = find ] && echo "untranslated alone" || echo "every rule")"
        $score score "$out/mt-$m.marked.txt" "$out/$which-$m.tsv" /dev/null \
            --known "$out/known-$m.txt" --foreign-words --lowercase
    done
done
