#!/usr/bin/env bash
# Every rule on real, clean, human Brazilian Portuguese that mtlint was not tuned on:
# Debian's fortunes-br (jokes and quotations, GPL-2+; 5,820 lines without the "%"
# separators and "-- author" lines). Not news and not translated, so a finding is either a
# real error of the text (it has many words typed without accents, and pre-2009
# spellings) or a false positive: review each one.
# Usage: scripts/quality/fortunes.sh [path/to/mtlint]   (needs apt-get download, dpkg)
set -euo pipefail
cd "$(dirname "$0")/../.."
summarise=$(realpath scripts/quality/summarise.py)
mtlint=${1:-target/release/mtlint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fortunes-br >/dev/null && dpkg -x fortunes-br_*.deb x)
grep -v '^%$' "$work/x/usr/share/games/fortunes/brasil" | grep -v '^\s*--' >"$work/brasil.txt"
echo "== fortunes-br: $(wc -l <"$work/brasil.txt") lines, --lang pt-BR"
"$mtlint" check --no-config --lang pt-BR --format jsonl "$work/brasil.txt" >"$work/found.jsonl" || true
python3 "$summarise" "$work/found.jsonl"
