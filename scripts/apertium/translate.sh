#!/usr/bin/env bash
# Machine-translates the NTREX English source with Apertium, keeping Apertium's own marks
# of the words it did not know: run WITHOUT `-u`, every word unknown to a stage comes out
# prefixed with `*` ("**dashcam": unknown to both stages of a pivot; "*cuchillada": a
# pivot-language word the second stage did not know), and `#` marks a generation failure.
#
# Those marks are the gold standard for the `untranslated` rule's recall (see
# scripts/apertium/score.py and QUALITY.md, "Untranslated text").
#
# Needs Debian's Apertium packages (GPL data):
#   apt-get update && apt-get install apertium apertium-en-gl apertium-pt-gl \
#       apertium-eng-spa apertium-es-pt
#
# Usage: scripts/apertium/translate.sh [NTREX_DIR] [OUT_DIR]
#   NTREX_DIR defaults to ../shared/corpora/ntrex-dev (beside the repository),
#   OUT_DIR to target/apertium. Writes mt-gl.pt.marked.txt and mt-es.pt-BR.marked.txt,
#   line-aligned with the source.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ntrex="${1:-$root/../shared/corpora/ntrex-dev}"
out="${2:-$root/target/apertium}"

command -v apertium >/dev/null || {
    echo "error: apertium not installed (apt-get install apertium apertium-en-gl apertium-pt-gl apertium-eng-spa apertium-es-pt)" >&2
    exit 2
}
[ -f "$ntrex/src.en.txt" ] || { echo "error: $ntrex/src.en.txt not found" >&2; exit 2; }
mkdir -p "$out"

# Apertium's plain-text mode keeps line breaks, so the output stays line-aligned with
# the source; the script checks it.
translate() { # pair1 pair2 < source > marked
    apertium "$1" | apertium "$2"
}

translate en-gl gl-pt < "$ntrex/src.en.txt" > "$out/mt-gl.pt.marked.txt"
translate eng-spa es-pt_BR < "$ntrex/src.en.txt" > "$out/mt-es.pt-BR.marked.txt"
want=$(wc -l < "$ntrex/src.en.txt")
for f in "$out/mt-gl.pt.marked.txt" "$out/mt-es.pt-BR.marked.txt"; do
    got=$(wc -l < "$f")
    [ "$got" = "$want" ] || { echo "error: $f has $got lines, source has $want" >&2; exit 2; }
done
echo "wrote $out/mt-gl.pt.marked.txt and $out/mt-es.pt-BR.marked.txt ($want lines each)"
