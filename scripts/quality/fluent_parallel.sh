#!/usr/bin/env bash
# The untuned fluent-MT sets of issue 16, session 10 (fluent_parallel.py gives the method):
# English manuals Debian ships with a Brazilian Portuguese translation of the same pages,
# with some Portuguese words put back into the English of the source (FreeDict eng-por:
# dict-freedict-eng-por, GPL-2+; hunspell-pt-br, LGPL-3/MPL-1.1; hunspell-pt-pt,
# GPL-2/LGPL-2.1/MPL-1.1, as fluent_mt.sh):
#   OUT/fluent-handbook.*  debian-handbook 11.20220922, html/en-US and html/pt-BR
#                          (GPL-2+ or CC-BY-SA-3.0), by page
#   OUT/fluent-scilab.*    scilab-doc and scilab-doc-pt-br 6.1.1 (GPL-2+), the help pages
#                          of scilab_en_US_help.jar and scilab_pt_BR_help.jar, by page
# Used whole, no tune part: not to be checked with mtlint before the rule work of the
# session that built them is done (data/heldout/fluent-parallel.txt says so). Note: the
# handbook's pt-BR text (without English put back) is part of untuned2.sh's set 2, whose
# findings sessions 8 and 9 read; scilab's is in no set of this project.
# Usage: scripts/quality/fluent_parallel.sh [OUT (default target/fluent-parallel)]
#   (needs apt-get download, dpkg, unzip, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
q=$(pwd)/scripts/quality
out=$(realpath -m "${1:-target/fluent-parallel}")
mkdir -p "$out/dl"
cd "$out/dl"
. "$q/parallel_debs.sh"
use_dictionaries
unpack_each debian-handbook scilab-doc scilab-doc-pt-br
for l in en_US pt_BR; do
    [ -d "sci-$l" ] || { mkdir -p "sci-$l" && (cd "sci-$l" && unzip -q \
        "../$(find ../x-scilab-doc* -name "scilab_${l}_help.jar" | head -1 | sed 's|^\.\./||')"); }
done
h=x-debian-handbook/usr/share/doc/debian-handbook/html
python3 "$q/fluent_parallel.py" handbook "$h/en-US" "$h/pt-BR" "${dict[@]}" --out "$out"
python3 "$q/fluent_parallel.py" scilab sci-en_US/scilab_en_US_help sci-pt_BR/scilab_pt_BR_help \
    "${dict[@]}" --out "$out"
