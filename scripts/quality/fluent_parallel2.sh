#!/usr/bin/env bash
# The untuned fluent-MT sets of issue 16, session 11 (fluent_parallel.py gives the method,
# the one of session 10's fluent_parallel.sh): English manuals Debian ships with a
# Portuguese translation of the same HTML pages, with some Portuguese words put back into
# the English of the source (FreeDict eng-por: dict-freedict-eng-por, GPL-2+;
# hunspell-pt-br, LGPL-3/MPL-1.1; hunspell-pt-pt, GPL-2/LGPL-2.1/MPL-1.1, as fluent_mt.sh):
#   OUT/fluent-gimp.pt-BR.*   gimp-help-en / gimp-help-pt-br 2.10.34 (GFDL-1.2+), by page:
#                             most of the set's title-case headings ("Layer Mask")
#   OUT/fluent-debref.pt-PT.* debian-reference-en / debian-reference-pt 2.100 (GPL-2+),
#                             by chapter ("ch01.en.html" / "ch01.pt.html")
#   OUT/fluent-faq.pt-PT.*    debian-faq / debian-faq-pt 11.1 (GPL-2+), by page; its
#                             Portuguese is mostly European ("ficheiro", "utilizador")
# Used whole, no tune part: not to be checked with mtlint before the rule work of session 11
# is done (data/heldout/fluent-parallel2.txt says so). Said plainly: the Portuguese text of
# all three (without English put back) is clean text other sets hold, whose findings earlier
# sessions read (gimp-help-pt-br: corpora.sh; debian-reference-pt: unseen2.sh; debian-faq-pt:
# untuned2.sh); the words put back, and the headings, are new.
# Usage: scripts/quality/fluent_parallel2.sh [OUT (default target/fluent-parallel2)]
#   (needs apt-get download, dpkg, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
q=$(pwd)/scripts/quality
out=$(realpath -m "${1:-target/fluent-parallel2}")
mkdir -p "$out/dl"
cd "$out/dl"
. "$q/parallel_debs.sh"
use_dictionaries
unpack_each gimp-help-en gimp-help-pt-br debian-reference-en debian-reference-pt debian-faq debian-faq-pt
g=usr/share/gimp/2.0/help
python3 "$q/fluent_parallel.py" gimp "x-gimp-help-en/$g/en" "x-gimp-help-pt-br/$g/pt_BR" \
    "${dict[@]}" --out "$out"
r=usr/share/debian-reference
python3 "$q/fluent_parallel.py" debref "x-debian-reference-en/$r" "x-debian-reference-pt/$r" \
    "${dict[@]}" --out "$out" --variant pt-PT
f=usr/share/doc/debian/FAQ
python3 "$q/fluent_parallel.py" faq "x-debian-faq/$f" "x-debian-faq-pt/$f/pt" \
    "${dict[@]}" --out "$out" --variant pt-PT
