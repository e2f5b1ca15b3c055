#!/usr/bin/env bash
# Writes crates/check/src/rules/abbreviations.txt: the accented abbreviations of Debian's
# hunspell-pt-br and hunspell-pt-pt ("cálc.", "sâns.", "bíbl."), without their full stop,
# that the dictionaries do not also hold as words. scripts/lexicon/build.sh keeps them in the
# lexicon without the stop (its tokenizer splits there), so `missing-accent` would offer
# "sâns" for the French "sans"; it reads this list to offer words only.
# Licences as in build.sh (pt_BR: LGPL-3 or MPL; pt_PT: GPL-2, LGPL-2.1 or MPL-1.1).
# Usage: scripts/lexicon/abbreviations.sh   (needs apt-get, dpkg, python3)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download hunspell-pt-br hunspell-pt-pt >/dev/null
for deb in *.deb; do dpkg -x "$deb" x; done
python3 - x/usr/share/hunspell/pt_BR.dic x/usr/share/hunspell/pt_PT.dic \
    >"$repo/crates/check/src/rules/abbreviations.txt" <<'PY'
import sys, unicodedata
words, abbreviations = set(), set()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8", errors="replace"):
        entry = line.strip().split("/")[0].split("\t")[0]
        entry = unicodedata.normalize("NFC", entry).lower()
        if entry.endswith(".") and entry.count(".") == 1 and entry[:-1].isalpha():
            abbreviations.add(entry[:-1])
        else:
            words.add(entry)
print("# Accented abbreviations of hunspell-pt-br and hunspell-pt-pt without their full stop,")
print("# which the dictionaries do not also hold as words. Made by scripts/lexicon/abbreviations.sh.")
for a in sorted(abbreviations - words):
    if not a.isascii():
        print(a)
PY
wc -l "$repo/crates/check/src/rules/abbreviations.txt"
