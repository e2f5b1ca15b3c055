#!/usr/bin/env bash
# Precision of mtlint on clean human Portuguese, tune and held-out parts apart (issue 16).
#
# Builds the corpora of corpora.sh (one document a file, split by the committed lists of
# data/heldout/) in DIR/corpora, checks every document on its own (a folder argument: each
# file is a document) with every rule, the shipped glossaries, --no-config and the
# variant's --lang (pt-BR / pt-PT from the corpus name, pt for Leipzig, pt-BR for
# fortunes-br), and writes for each part checked:
#   DIR/PART.jsonl        the findings
#   DIR/PART.md           findings per 1,000 lines per corpus and per rule
#   DIR/PART.review.tsv   every finding with its line, a `verdict` column to fill in
#
# PART is `tune` (the default), `heldout` or `both`. The held-out part is not to be checked
# until the rule work it measures is done (issues 15 and 16): without `heldout`/`both`
# only its size is printed.
# Usage: scripts/quality/untuned.sh MTLINT DIR [tune|heldout|both] [NTREX_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 2 ] || { echo "usage: $0 MTLINT DIR [tune|heldout|both] [NTREX_DIR]" >&2; exit 2; }
mtlint=$(realpath "$1")
mkdir -p "$2"
dir=$(realpath "$2")
which=${3:-tune}
case $which in tune) parts=(tune) ;; heldout) parts=(heldout) ;; both) parts=(tune heldout) ;;
    *) echo "error: PART must be tune, heldout or both, not '$which'" >&2; exit 2 ;;
esac
[ -x "$mtlint" ] || { echo "error: $1 is not an executable mtlint" >&2; exit 2; }
bash scripts/quality/corpora.sh "$dir/corpora" "${4:-../shared/corpora/ntrex-dev}" >/dev/null

lang_of() {
    case $1 in *-pt-BR | fortunes-br) echo pt-BR ;; *-pt-PT) echo pt-PT ;; *) echo pt ;; esac
}
held_lines=$(cat "$dir"/corpora/heldout/*/*.txt | wc -l)
held_words=$(cat "$dir"/corpora/heldout/*/*.txt | wc -w)
echo "held-out part: $held_lines lines, $held_words words (not checked unless asked)"
for part in "${parts[@]}"; do
    : >"$dir/$part.jsonl"
    for c in "$dir/corpora/$part"/*/; do
        c=${c%/}
        "$mtlint" check --no-config --lang "$(lang_of "$(basename "$c")")" --format jsonl \
            --fail-on never "$c" >>"$dir/$part.jsonl"
    done
    python3 scripts/quality/untuned_report.py "$dir/corpora/$part" "$dir/$part.jsonl" "$dir/$part"
done
