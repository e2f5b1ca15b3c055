#!/usr/bin/env bash
# Builds crates/lexicon/data/pt/from-en.tsv: English words and their common Portuguese
# translations, used by the translated-name-part rule to spot a name part rendered as a
# common word ("Son" in Choe Son Hui as "filho").
#
# Source: Debian's dict-freedict-eng-por (FreeDict English-Portuguese, ver. 0.3,
# Copyright 1999-2017 FreeDict contributors, GPL-2+). The licence is written into the data
# file's header.
#
# Usage: scripts/names/build_translations.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download dict-freedict-eng-por >/dev/null
dpkg -x dict-freedict-eng-por_*.deb x
version="$(dpkg-deb --show --showformat='${Package} ${Version}' dict-freedict-eng-por_*.deb)"
zcat x/usr/share/dictd/freedict-eng-por.dict.dz >dict.txt
python3 "$repo/scripts/names/freedict_to_tsv.py" x/usr/share/dictd/freedict-eng-por.index dict.txt "$version" \
    >"$repo/crates/lexicon/data/pt/from-en.tsv"
wc -l "$repo/crates/lexicon/data/pt/from-en.tsv"
