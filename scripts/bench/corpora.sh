#!/usr/bin/env bash
# The three texts of issue 21's speed table, built from Debian packages (apt-get download,
# dpkg-deb -x), distinct text wherever it exists so per-word caches flatter nothing:
#
#   target/bench-corpora/technical.txt  Portuguese technical text (>= 7 MB distinct lines):
#       Debian's Portuguese documentation (debian-reference-pt: GPL-2+; debian-handbook
#       pt-BR: GPL-2.0+ or CC-BY-SA-3.0; debian-edu-doc-pt-br/-pt-pt: GPL-2+), the GIMP
#       and LibreOffice help in Portuguese (gimp-help-pt-br: GFDL-1.2+;
#       libreoffice-help-pt-br/-pt: MPL-2.0) and the msgstr text of LibreOffice's pt_BR
#       and pt_PT catalogues (libreoffice-l10n-pt-br/-pt: MPL-2.0), every string as is
#       (placeholders and markup included, as a checker of catalogues meets them).
#   target/bench-corpora/mt.txt  Apertium output (>= 5 MB distinct lines) of distinct
#       English technical text: debian-reference-en (GPL-2+), debian-handbook en-US
#       (GPL-2.0+ or CC-BY-SA-3.0), debian-edu-doc-en (GPL-2+), developers-reference
#       (GPL-2), debian-policy (GPL-2+), gimp-help-en (GFDL-1.2+) and, up to ENGLISH_BYTES,
#       libreoffice-help-en-us (MPL-2.0). Odd lines go through en→es→pt_BR, even lines
#       through en→gl→pt (`apertium -u`, as the NTREX MT files were made), so both of
#       Apertium's Portuguese outputs are in it; the output is GPL data of Apertium's
#       packages applied to the texts above.
#   target/bench-corpora/news.txt  the NTREX-128 human references (pt-BR + pt-PT, CC BY-SA
#       4.0, tests/fixtures/ntrex-dev) REPEATED to the size of mt.txt: no more distinct
#       Portuguese news exists on this machine, so this one text flatters caches.
#
# HTML is turned into text by scripts/quality/blocks.py (one block a line; it drops
# repeated blocks). Each corpus keeps the first occurrence of each line only. The
# downloads and translations are kept in target/bench-corpora and reused.
#
# Usage: scripts/bench/corpora.sh   (needs apt-get, dpkg-deb, python3 and Apertium:
#   apt-get install apertium apertium-en-gl apertium-pt-gl apertium-eng-spa apertium-es-pt)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
q=$root/scripts/quality
work=$root/target/bench-corpora
english_bytes=${ENGLISH_BYTES:-4700000}
mkdir -p "$work/debs"
cd "$work"

pt_docs=(debian-reference-pt debian-handbook debian-edu-doc-pt-br debian-edu-doc-pt-pt
    gimp-help-pt-br libreoffice-help-pt-br libreoffice-help-pt libreoffice-l10n-pt-br
    libreoffice-l10n-pt)
en_docs=(debian-reference-en debian-edu-doc-en developers-reference debian-policy
    gimp-help-en libreoffice-help-en-us)
for p in "${pt_docs[@]}" "${en_docs[@]}"; do
    if ! ls debs/"${p}"_*.deb >/dev/null 2>&1; then
        (cd debs && apt-get download "$p" >/dev/null 2>&1) ||
            { echo "error: apt-get download $p failed (apt-get update first?)" >&2; exit 2; }
    fi
    [ -d "x-$p" ] || dpkg-deb -x debs/"${p}"_*.deb "x-$p"
done
distinct() { awk '!seen[$0]++'; }
html() { find "$@" -name '*.html' -type f | sort; }

# Technical Portuguese.
msgstr() { # every msgstr line of the .mo catalogues named
    python3 - "$@" <<'PY'
import gettext, sys
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    for key, value in cat.items():
        if key and isinstance(value, str):
            for v in value.split("\x00"):
                for line in v.split("\n"):
                    if line.strip():
                        print(line)
PY
}
if [ ! -s technical.txt ]; then
    {
        python3 "$q/blocks.py" $(html x-debian-reference-pt -name '*.pt.html')
        python3 "$q/blocks.py" $(html x-debian-handbook/usr/share/doc/debian-handbook/html/pt-BR)
        python3 "$q/blocks.py" $(html x-debian-edu-doc-pt-br x-debian-edu-doc-pt-pt)
        python3 "$q/blocks.py" $(html x-gimp-help-pt-br)
        python3 "$q/blocks.py" $(html x-libreoffice-help-pt-br x-libreoffice-help-pt)
        msgstr $(find x-libreoffice-l10n-pt-br x-libreoffice-l10n-pt -name '*.mo' | sort)
    } | distinct >technical.tmp
    mv technical.tmp technical.txt
fi

# English for Apertium, distinct lines, cut at ENGLISH_BYTES (whole lines).
if [ ! -s english.txt ]; then
    en=(--any-language)
    {
        python3 "$q/blocks.py" "${en[@]}" $(html x-debian-reference-en -name '*.en.html')
        python3 "$q/blocks.py" "${en[@]}" $(html x-debian-handbook/usr/share/doc/debian-handbook/html/en-US)
        python3 "$q/blocks.py" "${en[@]}" $(html x-debian-edu-doc-en)
        python3 "$q/blocks.py" "${en[@]}" $(html x-developers-reference x-debian-policy)
        python3 "$q/blocks.py" "${en[@]}" $(html x-gimp-help-en)
        python3 "$q/blocks.py" "${en[@]}" $(html x-libreoffice-help-en-us)
    } | distinct | LC_ALL=C awk -v max="$english_bytes" \
        '!full { n += length($0) + 1; if (n > max) full = 1; else print }' >english.tmp
    mv english.tmp english.txt
fi
if [ ! -s mt.txt ]; then
    command -v apertium >/dev/null ||
        { echo "error: apertium not installed (see the usage above)" >&2; exit 2; }
    awk 'NR % 2 == 1' english.txt | apertium -u eng-spa | apertium -u es-pt_BR >mt-es.pt-BR.txt
    awk 'NR % 2 == 0' english.txt | apertium -u en-gl | apertium -u gl-pt >mt-gl.pt.txt
    cat mt-es.pt-BR.txt mt-gl.pt.txt | distinct >mt.tmp
    mv mt.tmp mt.txt
fi

# News: the NTREX references repeated to the size of mt.txt (whole lines).
size=$(stat -c %s mt.txt)
python3 - "$root/tests/fixtures/ntrex-dev" "$size" <<'PY'
import sys
fixtures, size = sys.argv[1], int(sys.argv[2])
text = b"".join(open(f"{fixtures}/ref.{v}.txt", "rb").read() for v in ("pt-BR", "pt-PT"))
data = (text * (size // len(text) + 1))[:size]
open("news.txt", "wb").write(data[: data.rfind(b"\n") + 1])
PY
for c in technical mt news; do
    echo "$c.txt: $(stat -c %s $c.txt) bytes, $(wc -l <$c.txt) lines, $(sort -u $c.txt | wc -c) bytes of distinct lines"
done
