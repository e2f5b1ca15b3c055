#!/usr/bin/env bash
# Builds crates/lexicon/data/pt.fst, the Portuguese word list embedded in mtlint-lexicon.
#
# Source: Debian's hunspell-pt-br and hunspell-pt-pt (LibreOffice dictionaries), expanded
# with unmunch from Debian's hunspell-tools. Licences (from the packages' copyright files):
#   pt_BR: 2006-2013 Raimundo Santos Moura, LGPL-3 or MPL
#   pt_PT: 2006-2012 José João de Almeida, Rui Vilela, Alberto Simões, GPL-2 or LGPL-2.1 or MPL-1.1
# mtlint uses both under their LGPL/MPL option; the notice is written into the data header.
#
# Only suffix rules are expanded: the pt_BR prefix rules multiply every verb by dozens of
# productive prefixes ("neo", "proto", "infra") and with them the list grows from 2 million
# to 80 million forms, most of which no text has ever contained.
#
# Usage: scripts/lexicon/build.sh   (needs apt-get, dpkg, python3, cargo; run as any user
# that may run `apt-get download`)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download hunspell-pt-br hunspell-pt-pt hunspell-tools >/dev/null
for deb in *.deb; do dpkg -x "$deb" x; done
versions="$(for deb in *.deb; do dpkg-deb --show --showformat='${Package} ${Version}\n' "$deb"; done | paste -sd, | sed 's/,/, /g')"

expand() { # $1 = dictionary name (pt_BR, pt_PT)
    grep -v '^PFX' "x/usr/share/hunspell/$1.aff" >"$1.nopfx.aff"
    x/usr/bin/unmunch "x/usr/share/hunspell/$1.dic" "$1.nopfx.aff" 2>/dev/null
}
{ expand pt_BR; expand pt_PT; } | python3 "$repo/scripts/lexicon/normalize.py" >words.txt

header="mtlint Portuguese lexicon: $(wc -l <words.txt) lowercase NFC words.
Built by scripts/lexicon/build.sh from Debian packages: $versions.
pt_BR dictionary (VERO): Copyright 2006-2013 Raimundo Santos Moura, LGPL-3 or MPL.
pt_PT dictionary: Copyright 2006-2012 José João de Almeida, Rui Vilela, Alberto Simões, GPL-2 or LGPL-2.1 or MPL-1.1.
Used here under LGPL / MPL. Format: this header, a NUL byte, then an fst::Set of the words."
# The library embeds the data file, so it must exist (even empty) to build the writer.
[ -e "$repo/crates/lexicon/data/pt.fst" ] || : >"$repo/crates/lexicon/data/pt.fst"
cargo run --quiet --release --manifest-path "$repo/Cargo.toml" -p mtlint-lexicon \
    --example build_lexicon -- "$repo/crates/lexicon/data/pt.fst" "$header" <words.txt
ls -l "$repo/crates/lexicon/data/pt.fst"
