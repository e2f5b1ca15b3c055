#!/usr/bin/env bash
# Writes crates/lexicon/data/pt/not-offered.txt: the accented forms that the lexicon holds
# but that are no lowercase Portuguese word, so `missing-accent` never offers them:
#   - the abbreviations of Debian's hunspell-pt-br and hunspell-pt-pt ("cálc.", "sâns.",
#     "bíbl."), which scripts/lexicon/build.sh keeps without their full stop (its tokenizer
#     splits there): "sans" is not "sâns";
#   - their names, written only with a capital ("Hosé", "Abdão"), which build.sh lowercases:
#     the English "hose" is not "hosé".
# A form the dictionaries also hold as a lowercase word, or that a lowercase entry's suffix
# rules make, is left out of the list.
# Licences as in build.sh (pt_BR: LGPL-3 or MPL; pt_PT: GPL-2, LGPL-2.1 or MPL-1.1).
# Usage: scripts/lexicon/not_offered.sh   (needs apt-get, dpkg, python3)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download hunspell-pt-br hunspell-pt-pt hunspell-tools >/dev/null
for deb in *.deb; do dpkg -x "$deb" x; done
# Every form of the lowercase entries, suffix rules expanded as build.sh does.
for d in pt_BR pt_PT; do
    grep -v '^PFX' "x/usr/share/hunspell/$d.aff" >"$d.nopfx.aff"
    python3 -c '
import sys
body = [l for l in open(sys.argv[1], encoding="utf-8", errors="replace").read().split("\n")[1:]
        if l and not l[0].isupper()]
print(len(body)); print("\n".join(body))' "x/usr/share/hunspell/$d.dic" >"$d.lower.dic"
    x/usr/bin/unmunch "$d.lower.dic" "$d.nopfx.aff" 2>/dev/null
done >lower-forms.txt
python3 - x/usr/share/hunspell/pt_BR.dic x/usr/share/hunspell/pt_PT.dic \
    >"$repo/crates/lexicon/data/pt/not-offered.txt" <<'PY'
import sys, unicodedata

def entry(line):
    return unicodedata.normalize("NFC", line.strip().split("/")[0].split("\t")[0])

lower = {entry(l).lower() for l in open("lower-forms.txt", encoding="utf-8", errors="replace")}
abbreviations, names = set(), set()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8", errors="replace"):
        e = entry(line)
        if e.isascii() or not e:
            continue
        if e.endswith(".") and e.count(".") == 1 and e[:-1].isalpha():
            abbreviations.add(e[:-1].lower())
        elif e.isalpha() and e[0].isupper():
            names.add(e.lower())
print("# Accented forms the lexicon holds that are no lowercase Portuguese word: hunspell's")
print("# abbreviations without their full stop and its names. Made by scripts/lexicon/not_offered.sh.")
for form in sorted((abbreviations | names) - lower):
    print(form)
PY
wc -l "$repo/crates/lexicon/data/pt/not-offered.txt"
