#!/usr/bin/env bash
# Every rule on the NTREX human references, one file per news document (as a newsroom
# would check them), with the variant's language. Findings here are false positives or
# errors of the human translators: review each one.
# Usage: scripts/quality/references.sh [path/to/mtlint] [path/to/shared/corpora/ntrex-dev]
set -euo pipefail
cd "$(dirname "$0")/../.."
mtlint=${1:-target/release/mtlint}
corpus=${2:-../shared/corpora/ntrex-dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for variant in pt-BR pt-PT; do
  mkdir -p "$work/$variant"
  paste -d '\t' "$corpus/docids.txt" "tests/fixtures/ntrex-dev/ref.$variant.txt" |
    awk -F'\t' -v dir="$work/$variant" '{ print $2 > (dir "/" $1 ".txt") }'
  lines=$(wc -l < "tests/fixtures/ntrex-dev/ref.$variant.txt")
  echo "== ref.$variant.txt: $lines lines, $(ls "$work/$variant" | wc -l) documents, --lang $variant"
  "$mtlint" check --no-config --lang "$variant" --color never "$work/$variant" |
    grep -E '^(error|warning|info)|^ *-->|^Found|^No problems' || true
done
