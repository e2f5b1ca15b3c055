#!/usr/bin/env bash
# Byte-identity of two mtlint builds: every output (scripts/identity/outputs.sh) of each,
# on the same texts, compared with diff. Exit code 0 when identical.
#
# Usage: scripts/identity/compare.sh OLD_MTLINT NEW_MTLINT OUT FILE...
# The texts used for the session refactoring (issue 12): the seed, the NTREX references and
# Apertium outputs, and the texts scripts/quality/unseen.sh, unseen2.sh and fortunes.sh
# download (keep them with their second argument, a folder), e.g.
#   scripts/identity/compare.sh old/mtlint target/release/mtlint /tmp/identity \
#     tests/fixtures/lavrov-wonsan.pt.txt ../shared/corpora/ntrex-dev/{ref,mt}*.txt \
#     /tmp/unseen/*.txt /tmp/unseen2/*.txt /tmp/fortunes/brasil.txt
set -euo pipefail
here=$(dirname "$0")
old=$1 new=$2 out=$3
shift 3
bash "$here/outputs.sh" "$old" "$out/old" "$@"
bash "$here/outputs.sh" "$new" "$out/new" "$@"
files=$(find "$out/old" -type f | wc -l)
if diff -r "$out/old" "$out/new" >"$out/differences.txt"; then
    echo "identical: $files outputs"
else
    echo "DIFFERENT: see $out/differences.txt ($(grep -c '^diff\|^Only' "$out/differences.txt") files differ of $files)"
    exit 1
fi
