#!/usr/bin/env bash
# The untuned fluent-MT sets of issue 16, session 13 (fluent_parallel.py gives the method,
# the one of sessions 10 and 11): English manuals Debian ships with a Portuguese
# translation of the same HTML pages, with some Portuguese words put back into the English
# of the source (FreeDict eng-por: dict-freedict-eng-por, GPL-2+; hunspell-pt-br,
# LGPL-3/MPL-1.1; hunspell-pt-pt, GPL-2/LGPL-2.1/MPL-1.1, as fluent_mt.sh):
#   OUT/fluent-install.pt-PT.* installation-guide-amd64 (GPL-2+), its en and pt HTML pages
#                              (the Debian installation guide; European Portuguese), by page:
#                              title-case section headings ("2.2. Devices Requiring Firmware")
#   OUT/fluent-dsgml.pt-BR.*   debiandoc-sgml-doc / debiandoc-sgml-doc-pt-br (GPL-2+), by
#                              chapter ("ch-markup.en.html" / "ch-markup.pt-br.html"): small
# (debian-edu-doc-legacy-en / -pt-br / -pt-pt's Audacity manual was tried: its pages pair no
# block by position, so it gives no line.)
# Used whole, no tune part: not to be checked with mtlint before the rule work of session 13
# is done (data/heldout/fluent-parallel3.txt says so). Said plainly: the Portuguese text of
# the installation guide (without English put back) is clean text of untuned2.sh's set 2
# ("install-pt"), whose findings sessions 8 and 9 read; the words put back, and its headings,
# are new to every rule of issue 16. debiandoc-sgml-doc-pt-br is in no set of this project.
# Usage: scripts/quality/fluent_parallel3.sh [OUT (default target/fluent-parallel3)]
#   (needs apt-get download, dpkg, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
q=$(pwd)/scripts/quality
out=$(realpath -m "${1:-target/fluent-parallel3}")
mkdir -p "$out/dl"
cd "$out/dl"
. "$q/parallel_debs.sh"
use_dictionaries
unpack_each installation-guide-amd64 debiandoc-sgml-doc debiandoc-sgml-doc-pt-br
i=x-installation-guide-amd64/usr/share/doc/installation-guide-amd64
python3 "$q/fluent_parallel.py" install "$i/en" "$i/pt" "${dict[@]}" --out "$out" --variant pt-PT
d=usr/share/doc/debiandoc-sgml-doc
python3 "$q/fluent_parallel.py" dsgml "x-debiandoc-sgml-doc/$d/debiandoc-sgml.html" \
    "x-debiandoc-sgml-doc-pt-br/$d-pt-br/debiandoc-sgml.html" "${dict[@]}" --out "$out"
