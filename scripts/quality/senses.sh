#!/usr/bin/env bash
# The wrong-sense glossary (glossaries/pt/senses.toml) on real text: its findings on the
# NTREX-128 Apertium output, each printed with its English source line for review, and on
# the human references, where every finding is a false positive.
# Usage: scripts/quality/senses.sh [path/to/mtlint] [NTREX dev dir with the MT files]
set -euo pipefail
cd "$(dirname "$0")/../.."
mtlint=${1:-target/release/mtlint}
corpus=${2:-/work/shared/corpora/ntrex-dev}
report='
import json, sys
name, lang, src = sys.argv[1], sys.argv[2], open(sys.argv[3], encoding="utf-8").read().splitlines()
found = [f for f in map(json.loads, sys.stdin)
         if (f.get("term") or {}).get("glossary", {}).get("file", "").endswith("senses.toml")]
print(f"== {name} (--lang {lang}): {len(found)} findings from senses.toml")
for f in found:
    n, text, fix = f["start"]["line"], f["text"], f["term"]["preferred"]
    print(f"  {n}: {text!r} -> {fix!r}   EN: {src[n - 1][:100]}")
'
for f in mt-apertium-gl.pt.txt mt-apertium-es.pt-BR.txt ref.pt-BR.txt ref.pt-PT.txt; do
  lang=pt-BR
  case $f in *pt-PT* | *gl.pt*) lang=pt-PT ;; esac
  { "$mtlint" check --no-config --lang "$lang" --format jsonl "$corpus/$f" || true; } \
    | python3 -c "$report" "$f" "$lang" "$corpus/src.en.txt"
done
